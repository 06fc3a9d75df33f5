import type { ChannelHandlers } from '../ipc-registry';
import type { ConnectionManager } from './connection-manager';

type ConnectionChannels = Pick<
  ChannelHandlers,
  | 'connections:list'
  | 'connections:add'
  | 'connections:rename'
  | 'connections:switch'
  | 'connections:remove'
  | 'auth:start-device-sign-in'
  | 'auth:get-sign-in'
  | 'auth:cancel-sign-in'
  | 'auth:sign-in-with-token'
  | 'auth:keep-signed-in'
  | 'auth:sign-out'
>;

/** The connections:… and auth:… channels. Tokens come in (pasted) but never go out. */
export function createConnectionHandlers(manager: ConnectionManager): ConnectionChannels {
  return {
    'connections:list': () => manager.list(),
    'connections:add': ({ url, label }) => manager.add(url, label),
    'connections:rename': ({ id, label }) => manager.rename(id, label),
    'connections:switch': ({ id }) => manager.switchTo(id),
    'connections:remove': ({ id }) => manager.remove(id),
    'auth:start-device-sign-in': ({ id }) =>
      Promise.resolve({ jobId: manager.startDeviceSignIn(id) }),
    'auth:get-sign-in': ({ jobId }) => Promise.resolve(manager.signInStatus(jobId)),
    'auth:cancel-sign-in': ({ jobId }) => Promise.resolve(manager.cancelSignIn(jobId)),
    'auth:sign-in-with-token': ({ id, token }) => manager.signInWithToken(id, token),
    'auth:keep-signed-in': ({ id }) => manager.keepSignedIn(id),
    'auth:sign-out': ({ id }) => manager.signOut(id),
  };
}
