// A typed test double of window.pcc: each test supplies only the functions it exercises; any
// other call fails loudly so a store cannot reach a channel the test did not expect.
import { bridgePath, type PccBridge } from '../../shared/ipc/bridge';
import { logsChannelNames } from '../../shared/ipc/logs-channel-names';
import type { Overview } from '../../shared/ipc/schemas/tenant';

type Overrides = { readonly [N in keyof PccBridge]?: Partial<PccBridge[N]> };

function unexpected(name: string) {
  return () => Promise.reject(new Error(`fake bridge: ${name} was not expected in this test`));
}

function unexpectedLogs(): PccBridge['logs'] {
  const entries = logsChannelNames.map((name) => {
    const [, method] = bridgePath(name);
    return [method, unexpected(`logs.${method}`)] as const;
  });
  return Object.fromEntries(entries) as unknown as PccBridge['logs'];
}

export function fakeBridge(overrides: Overrides = {}): PccBridge {
  return {
    app: { getInfo: unexpected('app.getInfo'), ...overrides.app },
    tenant: { get: unexpected('tenant.get'), ...overrides.tenant },
    overview: { get: unexpected('overview.get'), ...overrides.overview },
    preferences: {
      get: unexpected('preferences.get'),
      setTheme: unexpected('preferences.setTheme'),
      ...overrides.preferences,
    },
    links: { openExternal: unexpected('links.openExternal'), ...overrides.links },
    logs: { ...unexpectedLogs(), ...overrides.logs },
  };
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

/** A promise the test settles by hand, to order answers that race. */
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

export function sampleOverview(patch: Partial<Overview> = {}): Overview {
  return {
    connection: { state: 'connected', providerUrl: 'http://127.0.0.1:4000' },
    tenant: {
      id: 'tenant-1',
      displayName: 'Contoso Europe',
      country: 'DE',
      residencyCommitment: 'EU Data Boundary',
      lockboxEnabled: true,
    },
    counts: {
      settings: { status: 'ok', value: 48 },
      locationsOutsideCommitment: { status: 'ok', value: 3 },
      pendingAccessRequests: { status: 'ok', value: 2 },
      accessEventsLast30Days: { status: 'ok', value: 12345 },
    },
    fetchedAt: '2025-06-01T10:00:00.000Z',
    ...patch,
  };
}
