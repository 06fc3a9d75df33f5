// The only module that reads `window.pcc`. It checks the object the preload (or the test
// harness) exposed against the IPC contract at boot, and hands the rest of the UI a bridge
// whose answers are re-validated, so a broken shell shows an error screen instead of a crash.
import { bridgePath, buildBridge, type PccBridge } from '../../shared/ipc/bridge';
import { channelNames, ipcContract, type ChannelName } from '../../shared/ipc/contract';
import { ipcResultSchema, type IpcResult } from '../../shared/ipc/ipc-result';

export type BridgeCheck =
  | { readonly ok: true; readonly bridge: PccBridge }
  | { readonly ok: false; readonly missing: readonly string[]; readonly message: string };

type RawFunction = (request?: unknown) => unknown;

function rawFunction(candidate: unknown, channel: ChannelName): RawFunction | null {
  const [namespace, method] = bridgePath(channel);
  if (typeof candidate !== 'object' || candidate === null) return null;
  const area: unknown = Reflect.get(candidate, namespace);
  if (typeof area !== 'object' || area === null) return null;
  const fn: unknown = Reflect.get(area, method);
  return typeof fn === 'function' ? (fn as RawFunction) : null;
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function guardedCall(
  fn: RawFunction,
  channel: ChannelName,
  request: unknown,
): Promise<IpcResult<unknown>> {
  let answer: unknown;
  try {
    answer = await fn(request);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `The desktop shell did not answer ${channel}: ${describeFailure(error)}`,
      },
    };
  }
  const parsed = ipcResultSchema(ipcContract[channel].response).safeParse(answer);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `The desktop shell sent a malformed answer to ${channel}.`,
      },
    };
  }
  return parsed.data;
}

/** Checks `candidate` has one function per contract channel and wraps them in validation. */
export function checkBridge(candidate: unknown): BridgeCheck {
  const functions = new Map<ChannelName, RawFunction>();
  const missing: string[] = [];
  for (const channel of channelNames) {
    const fn = rawFunction(candidate, channel);
    if (fn) functions.set(channel, fn);
    else missing.push(`pcc.${bridgePath(channel).join('.')}`);
  }
  if (candidate === undefined || candidate === null) {
    return {
      ok: false,
      missing,
      message:
        'The window has no connection to the desktop shell (window.pcc is missing). ' +
        'Open the app through Privacy Control Center or the test harness.',
    };
  }
  if (missing.length > 0) {
    return {
      ok: false,
      missing,
      message: `The desktop shell exposes an incompatible API: ${missing.join(', ')} missing.`,
    };
  }
  const bridge = buildBridge((channel, request) => {
    const fn = functions.get(channel);
    // Unreachable after the check above; kept as data so the contract stays total.
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'internal', message: channel } });
    return guardedCall(fn, channel, request);
  });
  return { ok: true, bridge };
}

/** Reads the bridge the shell put on the window. Called once, at boot. */
export function readBridge(): BridgeCheck {
  return checkBridge(Reflect.get(window, 'pcc'));
}
