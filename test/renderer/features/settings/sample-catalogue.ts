import type { PushJob, Setting, SettingsCatalogue } from '../../../../shared/ipc/schemas/settings';

const toggle = (
  id: string,
  product: Setting['product'],
  title: string,
  feeds: Setting['feeds'],
  currentValue: '0' | '1',
): Setting => ({
  id,
  product,
  title,
  description: `${title}: what it controls.`,
  values: [
    { value: '0', label: 'Off', sends: 'Nothing is sent.', feeds: [] },
    { value: '1', label: 'On', sends: `${title} data is sent.`, feeds },
  ],
  defaultValue: '1',
  currentValue,
  feeds,
  version: `${id}-v1`,
  updatedAt: '2025-06-01T00:00:00.000Z',
});

export const sampleSettings: readonly Setting[] = [
  {
    id: 'os.allow-telemetry',
    product: 'operating-system',
    title: 'Diagnostic data level',
    description: 'How much diagnostic data devices send.',
    values: [
      { value: '1', label: 'Required', sends: 'Basic device data.', feeds: ['diagnostic'] },
      { value: '3', label: 'Optional', sends: 'Apps used and crash dumps.', feeds: ['diagnostic'] },
    ],
    defaultValue: '3',
    currentValue: '3',
    feeds: ['diagnostic'],
    version: 'os.allow-telemetry-v1',
    updatedAt: '2025-06-01T00:00:00.000Z',
  },
  toggle('os.location', 'operating-system', 'Location services', ['customer'], '1'),
  toggle('browser.suggestions', 'browser', 'Search suggestions', ['service-generated'], '0'),
  toggle('chat.crash-reports', 'collaboration', 'Crash reports', ['diagnostic'], '1'),
];

export function sampleCatalogue(patch: Partial<SettingsCatalogue> = {}): SettingsCatalogue {
  return {
    source: 'live',
    fetchedAt: '2025-06-01T10:00:00.000Z',
    tenantId: 'tenant-1',
    caller: {
      subject: 'admin@contoso.example',
      role: 'admin',
      tenantId: 'tenant-1',
      canPush: true,
    },
    settings: [...sampleSettings],
    offlineReason: null,
    ...patch,
  };
}

const plan = {
  planId: 'job-1',
  createdAt: '2025-06-01T10:01:00.000Z',
  changes: [{ settingId: 'os.location', value: '0', baseVersion: 'os.location-v1' }],
};

export function sampleJob(revision: number, state: PushJob['state']): PushJob {
  return { jobId: 'job-1', revision, nowMs: 1_000, state };
}

export const jobStates = {
  sending: {
    status: 'sending',
    plan,
    attempt: 1,
    idempotencyKey: 'key-00000001',
    firstAttemptAtMs: 1_000,
  },
  done: {
    status: 'done',
    plan,
    results: [
      { id: 'os.location', status: 'applied', oldValue: '1', newValue: '0', version: 'v2' },
    ],
    keptTheirs: [],
  },
  conflict: {
    status: 'conflict',
    plan,
    conflicts: [
      {
        id: 'os.location',
        expectedVersion: 'os.location-v1',
        current: { currentValue: '0', version: 'v9' },
      },
    ],
  },
  interrupted: { status: 'saved', plan, idempotencyKey: 'key-00000001', resumed: true },
} as const satisfies Record<string, PushJob['state']>;
