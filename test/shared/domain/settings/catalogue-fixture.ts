import { createHash } from 'node:crypto';
import type {
  SettingLike,
  SettingValueLike,
} from '../../../../shared/domain/settings/setting-like';

/** The hashing main uses (node:crypto); the renderer passes WebCrypto's instead. */
export const sha256Hex = (text: string): Promise<string> =>
  Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

const v = (value: string, label: string, feeds: string[]): SettingValueLike => ({
  value,
  label,
  sends: `${label}: ${feeds.length === 0 ? 'nothing' : feeds.join(', ')}`,
  feeds,
});

type Entry = Omit<SettingLike, 'feeds' | 'version'> & { version?: string };

function setting(entry: Entry): SettingLike {
  const current = entry.values.find((x) => x.value === entry.currentValue);
  return { ...entry, feeds: current?.feeds ?? [], version: entry.version ?? `W/"${entry.id}-1"` };
}

/**
 * A small catalogue shaped like the real one: Windows telemetry levels where "0" is
 * enterprise-only and three levels feed the same category, Office connected experiences that send
 * content, browser and chat diagnostics, and a tenant-wide processor switch.
 */
export const catalogue: readonly SettingLike[] = [
  setting({
    id: 'windows.allow-telemetry',
    product: 'windows',
    title: 'Allow diagnostic data',
    values: [
      v('0', 'Diagnostic data off (Security)', ['diagnostic']),
      v('1', 'Required diagnostic data', ['diagnostic']),
      v('3', 'Optional diagnostic data', ['diagnostic']),
    ],
    defaultValue: '3',
    currentValue: '3',
    enterpriseOnlyValues: ['0'],
  }),
  setting({
    id: 'windows.advertising-id',
    product: 'windows',
    title: 'Advertising ID',
    values: [v('enabled', 'Enabled', ['service-generated']), v('disabled', 'Disabled', [])],
    defaultValue: 'enabled',
    currentValue: 'disabled',
  }),
  setting({
    id: 'windows.tailored-experiences',
    product: 'windows',
    title: 'Tailored experiences with diagnostic data',
    values: [v('enabled', 'Enabled', ['diagnostic']), v('disabled', 'Disabled', [])],
    defaultValue: 'enabled',
    currentValue: 'enabled',
  }),
  setting({
    id: 'office.client-diagnostics',
    product: 'office',
    title: 'Client diagnostic data level',
    values: [
      v('required', 'Required', ['diagnostic']),
      v('optional', 'Optional', ['diagnostic', 'service-generated']),
      v('neither', 'Neither', []),
    ],
    defaultValue: 'optional',
    currentValue: 'required',
  }),
  setting({
    id: 'office.connected-analyse-content',
    product: 'office',
    title: 'Connected experiences that analyse content',
    values: [v('enabled', 'Enabled', ['customer']), v('disabled', 'Disabled', [])],
    defaultValue: 'enabled',
    currentValue: 'enabled',
  }),
  setting({
    id: 'office.feedback',
    product: 'office',
    title: 'Send feedback (may include screenshots)',
    values: [v('enabled', 'Enabled', ['customer', 'diagnostic']), v('disabled', 'Disabled', [])],
    defaultValue: 'enabled',
    currentValue: 'enabled',
  }),
  setting({
    id: 'browser.diagnostics',
    product: 'browser',
    title: 'Diagnostic data',
    values: [
      v('off', 'Off', []),
      v('required', 'Required', ['diagnostic']),
      v('optional', 'Optional', ['diagnostic', 'service-generated']),
    ],
    defaultValue: 'optional',
    currentValue: 'optional',
  }),
  setting({
    id: 'chat.crash-reports',
    product: 'chat',
    title: 'Crash and error reports',
    values: [v('on', 'On', ['diagnostic']), v('off', 'Off', [])],
    defaultValue: 'on',
    currentValue: 'on',
  }),
  setting({
    id: 'tenant.diagnostic-processor',
    product: 'tenant',
    title: 'Diagnostic data processor configuration',
    values: [v('enabled', 'Enabled', ['diagnostic']), v('disabled', 'Disabled', ['diagnostic'])],
    defaultValue: 'disabled',
    currentValue: 'enabled',
  }),
];

export function withCurrent(
  settings: readonly SettingLike[],
  values: Record<string, string>,
): SettingLike[] {
  return settings.map((s) => {
    const next = values[s.id];
    if (next === undefined) return s;
    return { ...s, currentValue: next, feeds: s.values.find((x) => x.value === next)?.feeds ?? [] };
  });
}
