import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PccBridge } from '../../../../shared/ipc/bridge';
import type { IpcError, IpcResult } from '../../../../shared/ipc/ipc-result';
import type {
  ConnectionList,
  ConnectionView,
  SignInStatus,
} from '../../../../shared/ipc/schemas/connections';

export type ConnectionsLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: ConnectionList | null }
  | { readonly status: 'ready'; readonly list: ConnectionList }
  | {
      readonly status: 'failed';
      readonly error: IpcError;
      readonly previous: ConnectionList | null;
    };

/** The one device sign-in the screen follows (a new one replaces it). */
export type DeviceSignIn =
  | { readonly status: 'none' }
  | { readonly status: 'following'; readonly jobId: string; readonly view: SignInStatus }
  | { readonly status: 'lost'; readonly connectionId: string; readonly error: IpcError };

/** What the last action was and how it ended, so the screen can say so next to it. */
export type ActionState =
  | { readonly status: 'idle' }
  | { readonly status: 'busy'; readonly action: string; readonly connectionId: string | null }
  | {
      readonly status: 'failed';
      readonly action: string;
      readonly connectionId: string | null;
      readonly error: IpcError;
    }
  | { readonly status: 'done'; readonly action: string; readonly connectionId: string | null };

export interface ConnectionsState {
  readonly load: ConnectionsLoad;
  readonly action: ActionState;
  readonly signIn: DeviceSignIn;
  readonly loadList: () => Promise<void>;
  readonly add: (url: string, label: string | null) => Promise<boolean>;
  readonly rename: (id: string, label: string | null) => Promise<boolean>;
  readonly switchTo: (id: string) => Promise<boolean>;
  readonly remove: (id: string) => Promise<boolean>;
  readonly signInWithToken: (id: string, token: string) => Promise<boolean>;
  readonly keepSignedIn: (id: string) => Promise<boolean>;
  readonly signOut: (id: string) => Promise<boolean>;
  readonly startDeviceSignIn: (id: string) => Promise<void>;
  readonly cancelDeviceSignIn: () => Promise<void>;
  readonly openSignInPage: () => Promise<void>;
  readonly dismissSignIn: () => void;
  /** Re-reads the list every few seconds while the active connection is offline. */
  readonly watchWhileOffline: () => void;
}

export type ConnectionsStore = StoreApi<ConnectionsState>;

export interface ConnectionsStoreOptions {
  /** Called when what the active connection shows may have changed: switched, signed in or out, back online. */
  readonly onActiveChanged?: () => void;
  readonly pollMs?: number;
  readonly offlinePollMs?: number;
}

export function lastList(load: ConnectionsLoad): ConnectionList | null {
  switch (load.status) {
    case 'idle':
      return null;
    case 'loading':
    case 'failed':
      return load.previous;
    case 'ready':
      return load.list;
  }
}

export function activeConnection(load: ConnectionsLoad): ConnectionView | null {
  const list = lastList(load);
  return list?.connections.find((c) => c.id === list.activeId) ?? null;
}

function isSettled(view: SignInStatus): boolean {
  return view.status !== 'starting' && view.status !== 'waiting';
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

export function createConnectionsStore(
  bridge: Pick<PccBridge, 'connections' | 'auth' | 'links'>,
  options: ConnectionsStoreOptions = {},
): ConnectionsStore {
  const pollMs = options.pollMs ?? 1000;
  const offlinePollMs = options.offlinePollMs ?? 3000;
  let watching = false;
  return createStore<ConnectionsState>()((set, get) => {
    /** Shows a new list; tells the app when the active connection changed under it. */
    function show(list: ConnectionList) {
      const before = activeConnection(get().load);
      set({ load: { status: 'ready', list } });
      const after = activeConnection(get().load);
      const changed =
        before !== null &&
        after !== null &&
        (before.id !== after.id ||
          before.auth.state !== after.auth.state ||
          (before.network.state === 'offline' && after.network.state !== 'offline'));
      if (changed) options.onActiveChanged?.();
    }

    async function act(
      action: string,
      connectionId: string | null,
      call: () => Promise<IpcResult<ConnectionList>>,
    ): Promise<boolean> {
      set({ action: { status: 'busy', action, connectionId } });
      const result = await call();
      if (!result.ok) {
        set({ action: { status: 'failed', action, connectionId, error: result.error } });
        return false;
      }
      show(result.value);
      set({ action: { status: 'done', action, connectionId } });
      return true;
    }

    async function follow(jobId: string) {
      // The page opens in the system browser once, as soon as there is a code to enter there;
      // the panel's button opens it again.
      let opened = false;
      for (;;) {
        await wait(pollMs);
        const current = get().signIn;
        if (current.status !== 'following' || current.jobId !== jobId) return;
        const result = await bridge.auth.getSignIn({ jobId });
        const still = get().signIn;
        if (still.status !== 'following' || still.jobId !== jobId) return;
        if (!result.ok) {
          set({
            signIn: { status: 'lost', connectionId: still.view.connectionId, error: result.error },
          });
          return;
        }
        set({ signIn: { status: 'following', jobId, view: result.value } });
        if (!opened && result.value.status === 'waiting') {
          opened = true;
          void get().openSignInPage();
        }
        if (isSettled(result.value)) {
          await get().loadList();
          return;
        }
      }
    }

    return {
      load: { status: 'idle' },
      action: { status: 'idle' },
      signIn: { status: 'none' },
      loadList: async () => {
        set({ load: { status: 'loading', previous: lastList(get().load) } });
        const result = await bridge.connections.list();
        if (result.ok) show(result.value);
        else
          set({ load: { status: 'failed', error: result.error, previous: lastList(get().load) } });
      },
      add: async (url, label) => {
        set({ action: { status: 'busy', action: 'add', connectionId: null } });
        const result = await bridge.connections.add(label === null ? { url } : { url, label });
        if (!result.ok) {
          set({
            action: { status: 'failed', action: 'add', connectionId: null, error: result.error },
          });
          return false;
        }
        show(result.value.list);
        set({ action: { status: 'done', action: 'add', connectionId: result.value.addedId } });
        return true;
      },
      rename: (id, label) => act('rename', id, () => bridge.connections.rename({ id, label })),
      switchTo: (id) => act('switch', id, () => bridge.connections.switch({ id })),
      remove: (id) => act('remove', id, () => bridge.connections.remove({ id })),
      signInWithToken: (id, token) =>
        act('token', id, () => bridge.auth.signInWithToken({ id, token })),
      keepSignedIn: (id) => act('keep', id, () => bridge.auth.keepSignedIn({ id })),
      signOut: (id) => act('sign-out', id, () => bridge.auth.signOut({ id })),
      startDeviceSignIn: async (id) => {
        await get().cancelDeviceSignIn();
        set({ action: { status: 'idle' } });
        const result = await bridge.auth.startDeviceSignIn({ id });
        if (!result.ok) {
          set({ signIn: { status: 'lost', connectionId: id, error: result.error } });
          return;
        }
        const { jobId } = result.value;
        set({
          signIn: { status: 'following', jobId, view: { status: 'starting', connectionId: id } },
        });
        void follow(jobId);
      },
      cancelDeviceSignIn: async () => {
        const current = get().signIn;
        if (current.status !== 'following' || isSettled(current.view)) return;
        set({ signIn: { status: 'none' } });
        const result = await bridge.auth.cancelSignIn({ jobId: current.jobId });
        if (result.ok)
          set({ signIn: { status: 'following', jobId: current.jobId, view: result.value } });
      },
      openSignInPage: async () => {
        const current = get().signIn;
        if (current.status !== 'following' || current.view.status !== 'waiting') return;
        const url = current.view.verificationUriComplete ?? current.view.verificationUri;
        const result = await bridge.links.openExternal({ url });
        if (!result.ok) {
          set({
            action: {
              status: 'failed',
              action: 'open-page',
              connectionId: current.view.connectionId,
              error: result.error,
            },
          });
        }
      },
      dismissSignIn: () => {
        if (get().signIn.status !== 'none') set({ signIn: { status: 'none' } });
      },
      watchWhileOffline: () => {
        if (watching) return;
        watching = true;
        void (async () => {
          try {
            while (activeConnection(get().load)?.network.state === 'offline') {
              await wait(offlinePollMs);
              await get().loadList();
            }
          } finally {
            watching = false;
          }
        })();
      },
    };
  });
}
