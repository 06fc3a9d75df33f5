// A typed test double of window.pcc: each test supplies only the functions it exercises; any
// other call fails loudly so a store cannot reach a channel the test did not expect.
import type { ConnectionList } from '../../shared/ipc/schemas/connections';
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
      setLanguage: unexpected('preferences.setLanguage'),
      ...overrides.preferences,
    },
    links: { openExternal: unexpected('links.openExternal'), ...overrides.links },
    diagnostics: { export: unexpected('diagnostics.export'), ...overrides.diagnostics },
    recent: {
      list: unexpected('recent.list'),
      clear: unexpected('recent.clear'),
      ...overrides.recent,
    },
    // No menu commands unless the test sends some.
    menu: { onCommand: () => () => undefined, ...overrides.menu },
    files: { onDropped: () => () => undefined, ...overrides.files },
    connections: {
      list: unexpected('connections.list'),
      add: unexpected('connections.add'),
      rename: unexpected('connections.rename'),
      switch: unexpected('connections.switch'),
      remove: unexpected('connections.remove'),
      ...overrides.connections,
    },
    auth: {
      startDeviceSignIn: unexpected('auth.startDeviceSignIn'),
      getSignIn: unexpected('auth.getSignIn'),
      cancelSignIn: unexpected('auth.cancelSignIn'),
      signInWithToken: unexpected('auth.signInWithToken'),
      keepSignedIn: unexpected('auth.keepSignedIn'),
      signOut: unexpected('auth.signOut'),
      ...overrides.auth,
    },
    settings: {
      getCatalogue: unexpected('settings.getCatalogue'),
      getHistory: unexpected('settings.getHistory'),
      getDraft: unexpected('settings.getDraft'),
      saveDraft: unexpected('settings.saveDraft'),
      startPush: unexpected('settings.startPush'),
      getPushStatus: unexpected('settings.getPushStatus'),
      cancelPush: unexpected('settings.cancelPush'),
      resolveConflict: unexpected('settings.resolveConflict'),
      getUnfinishedPush: unexpected('settings.getUnfinishedPush'),
      resumePush: unexpected('settings.resumePush'),
      discardPush: unexpected('settings.discardPush'),
      savePlan: unexpected('settings.savePlan'),
      openPlan: unexpected('settings.openPlan'),
      openPlanFile: unexpected('settings.openPlanFile'),
      exportProfile: unexpected('settings.exportProfile'),
      importProfile: unexpected('settings.importProfile'),
      ...overrides.settings,
    },
    residency: {
      getSnapshot: unexpected('residency.getSnapshot'),
      exportReport: unexpected('residency.exportReport'),
      ...overrides.residency,
    },
    access: {
      listEvents: unexpected('access.listEvents'),
      getSummary: unexpected('access.getSummary'),
      listAlerts: unexpected('access.listAlerts'),
      exportEvents: unexpected('access.exportEvents'),
      getExportStatus: unexpected('access.getExportStatus'),
      listRequests: unexpected('access.listRequests'),
      decideRequest: unexpected('access.decideRequest'),
      getTransparencyReport: unexpected('access.getTransparencyReport'),
      ...overrides.access,
    },
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

/** Only the embedded demo provider, active, as on first run. */
export function sampleConnectionList(patch: Partial<ConnectionList> = {}): ConnectionList {
  return {
    activeId: 'embedded',
    connections: [
      {
        id: 'embedded',
        kind: 'embedded',
        label: null,
        url: 'http://127.0.0.1:4000',
        tenant: { id: 'tenant-1', displayName: 'Contoso Europe' },
        role: 'admin',
        subject: 'admin@contoso-europe.example',
        auth: { state: 'built-in' },
        network: { state: 'online', checkedAt: '2025-06-01T10:00:00.000Z' },
      },
    ],
    secretStorage: { kind: 'os', backend: 'gnome_libsecret' },
    ...patch,
  };
}

/** Answers in the order given, one per call; a call beyond them fails the test. */
export function inTurn<T>(answers: T[]): () => Promise<T> {
  return () => {
    const next = answers.shift();
    return next === undefined
      ? Promise.reject(new Error('fake bridge: more calls than answers'))
      : Promise.resolve(next);
  };
}
