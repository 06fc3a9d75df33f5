import { describe, expect, it, vi } from 'vitest';
import {
  activeConnection,
  createConnectionsStore,
} from '../../../../renderer/src/features/connections/connections-store';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type {
  ConnectionList,
  ConnectionView,
  SignInStatus,
} from '../../../../shared/ipc/schemas/connections';
import { fakeBridge } from '../../fake-bridge';

const embedded: ConnectionView = {
  id: 'embedded',
  kind: 'embedded',
  label: null,
  url: 'http://127.0.0.1:4000',
  tenant: { id: 't1', displayName: 'Contoso Europe' },
  role: 'admin',
  subject: 'admin@contoso.example',
  auth: { state: 'built-in' },
  network: { state: 'online', checkedAt: '2025-06-01T10:00:00.000Z' },
};
const remote: ConnectionView = {
  ...embedded,
  id: 'remote-1',
  kind: 'remote',
  url: 'https://provider.example',
  tenant: null,
  role: null,
  auth: { state: 'signed-out' },
  network: { state: 'unknown' },
};
const list = (patch: Partial<ConnectionList> = {}): ConnectionList => ({
  activeId: 'embedded',
  connections: [embedded, remote],
  secretStorage: { kind: 'os', backend: 'gnome_libsecret' },
  ...patch,
});
const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('connections store', () => {
  it('loads the list and knows the active connection', async () => {
    const store = createConnectionsStore(fakeBridge({ connections: { list: () => ok(list()) } }));
    expect(activeConnection(store.getState().load)).toBeNull();
    await store.getState().loadList();
    expect(activeConnection(store.getState().load)?.id).toBe('embedded');
  });

  it('tells the app when the active connection changes, not on the first load', async () => {
    const onActiveChanged = vi.fn();
    const store = createConnectionsStore(
      fakeBridge({
        connections: {
          list: () => ok(list()),
          switch: ({ id }) => ok(list({ activeId: id })),
          rename: ({ id, label }) =>
            ok(list({ activeId: id, connections: [embedded, { ...remote, id, label }] })),
        },
      }),
      { onActiveChanged },
    );
    await store.getState().loadList();
    expect(onActiveChanged).not.toHaveBeenCalled();
    expect(await store.getState().switchTo('remote-1')).toBe(true);
    expect(onActiveChanged).toHaveBeenCalledTimes(1);
    expect(store.getState().action).toEqual({
      status: 'done',
      action: 'switch',
      connectionId: 'remote-1',
    });
    await store.getState().rename('remote-1', 'Production');
    // Renaming changed nothing the features read.
    expect(onActiveChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps the error of a failed action with the connection it was about', async () => {
    const error = {
      code: 'bad_request',
      message: 'The embedded demo provider is built in and stays.',
    } as const;
    const store = createConnectionsStore(
      fakeBridge({
        connections: {
          list: () => ok(list()),
          remove: () => Promise.resolve({ ok: false, error }),
        },
      }),
    );
    await store.getState().loadList();
    expect(await store.getState().remove('embedded')).toBe(false);
    expect(store.getState().action).toEqual({
      status: 'failed',
      action: 'remove',
      connectionId: 'embedded',
      error,
    });
  });

  it('adds a connection and says which one', async () => {
    const store = createConnectionsStore(
      fakeBridge({
        connections: {
          add: ({ url }) =>
            ok({
              list: list({ connections: [embedded, { ...remote, url }] }),
              addedId: 'remote-1',
            }),
        },
      }),
    );
    expect(await store.getState().add('https://provider.example', null)).toBe(true);
    expect(store.getState().action).toEqual({
      status: 'done',
      action: 'add',
      connectionId: 'remote-1',
    });
  });

  it('follows a device sign-in until it settles, opens the page once by itself and reloads the list', async () => {
    const waiting: SignInStatus = {
      status: 'waiting',
      connectionId: 'remote-1',
      userCode: 'BCDF-GHJK',
      verificationUri: 'https://provider.example/v1/device',
      verificationUriComplete: 'https://provider.example/v1/device?user_code=BCDF-GHJK',
      expiresAt: '2025-06-01T10:10:00.000Z',
      intervalSeconds: 5,
    };
    const answers: SignInStatus[] = [
      waiting,
      waiting,
      { status: 'signed-in', connectionId: 'remote-1', storage: 'vault' },
    ];
    const opened: string[] = [];
    let lists = 0;
    const store = createConnectionsStore(
      fakeBridge({
        connections: { list: () => (lists++, ok(list())) },
        auth: {
          startDeviceSignIn: () => ok({ jobId: 'job-1' }),
          getSignIn: () => ok(answers.shift() ?? waiting),
        },
        links: { openExternal: ({ url }) => (opened.push(url), ok(null)) },
      }),
      { pollMs: 1 },
    );
    await store.getState().startDeviceSignIn('remote-1');
    let reopened = false;
    for (let i = 0; i < 50 && store.getState().signIn.status === 'following'; i += 1) {
      const signIn = store.getState().signIn;
      if (signIn.status === 'following' && signIn.view.status === 'waiting' && !reopened) {
        // The button opens it again, as often as asked.
        await tick();
        await store.getState().openSignInPage();
        reopened = true;
      }
      if (signIn.status === 'following' && signIn.view.status === 'signed-in') break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // Two waiting answers, one page opened by itself, one by the button.
    expect(opened).toEqual([waiting.verificationUriComplete, waiting.verificationUriComplete]);
    expect(store.getState().signIn).toMatchObject({ view: { status: 'signed-in' } });
    await tick();
    expect(lists).toBe(1);
  });

  it('cancels the sign-in it follows', async () => {
    const cancelled: string[] = [];
    const store = createConnectionsStore(
      fakeBridge({
        auth: {
          startDeviceSignIn: () => ok({ jobId: 'job-2' }),
          getSignIn: () => ok<SignInStatus>({ status: 'starting', connectionId: 'remote-1' }),
          cancelSignIn: ({ jobId }) => (
            cancelled.push(jobId),
            ok<SignInStatus>({ status: 'cancelled', connectionId: 'remote-1' })
          ),
        },
      }),
      { pollMs: 60_000 },
    );
    await store.getState().startDeviceSignIn('remote-1');
    await store.getState().cancelDeviceSignIn();
    expect(cancelled).toEqual(['job-2']);
    expect(store.getState().signIn).toMatchObject({ view: { status: 'cancelled' } });
  });

  it('watches an offline active connection and reports when it is back', async () => {
    const offline = list({
      connections: [
        {
          ...embedded,
          network: { state: 'offline', since: '2025-06-01T10:00:00.000Z', reason: 'gone' },
        },
        remote,
      ],
    });
    const answers = [offline, offline, list()];
    const onActiveChanged = vi.fn();
    const store = createConnectionsStore(
      fakeBridge({ connections: { list: () => ok(answers.shift() ?? list()) } }),
      { onActiveChanged, offlinePollMs: 1 },
    );
    await store.getState().loadList();
    store.getState().watchWhileOffline();
    store.getState().watchWhileOffline(); // a second call does not start a second watch
    for (let i = 0; i < 50 && onActiveChanged.mock.calls.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(onActiveChanged).toHaveBeenCalledTimes(1);
    expect(answers).toHaveLength(0);
  });
});
