// The only module that reads `window.pcc`. It checks the object the preload (or the test
// harness) exposed against the IPC contract at boot, and hands the rest of the UI a bridge
// whose answers are re-validated, so a broken shell shows an error screen instead of a crash.
import {
  bridgePath,
  buildBridge,
  eventBridgePath,
  type PccBridge,
  type Unsubscribe,
} from '../../shared/ipc/bridge';
import { channelNames, ipcContract, type ChannelName } from '../../shared/ipc/contract';
import { eventNames, ipcEvents, type EventName } from '../../shared/ipc/events';
import { ipcResultSchema, type IpcResult } from '../../shared/ipc/ipc-result';

export type BridgeCheck =
  | { readonly ok: true; readonly bridge: PccBridge }
  | {
      readonly ok: false;
      /** absent: no window.pcc at all; incompatible: functions are missing. */
      readonly reason: 'absent' | 'incompatible';
      readonly missing: readonly string[];
      /** English, for the log; the error screen words `reason` in the user's language. */
      readonly message: string;
    };

type RawFunction = (request?: unknown) => unknown;

function rawFunction(
  candidate: unknown,
  [namespace, method]: readonly [string, string],
): RawFunction | null {
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

/**
 * Subscribes through the shell's function and hands the listener only payloads that match
 * the event's schema; a malformed one is a shell bug, reported and dropped.
 */
function guardedSubscribe(
  fn: RawFunction,
  event: EventName,
  listener: (payload: unknown) => void,
): Unsubscribe {
  let unsubscribe: unknown;
  try {
    unsubscribe = fn((payload: unknown) => {
      const parsed = ipcEvents[event].safeParse(payload);
      if (parsed.success) listener(parsed.data);
      else console.error(`The desktop shell sent a malformed ${event} event; it was ignored.`);
    });
  } catch (error) {
    console.error(`The desktop shell refused a ${event} subscription: ${describeFailure(error)}`);
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (typeof unsubscribe === 'function') (unsubscribe as () => void)();
  };
}

/**
 * Checks `candidate` has one function per contract channel and event, and wraps them in
 * validation.
 */
export function checkBridge(candidate: unknown): BridgeCheck {
  const functions = new Map<ChannelName, RawFunction>();
  const subscriptions = new Map<EventName, RawFunction>();
  const missing: string[] = [];
  for (const channel of channelNames) {
    const fn = rawFunction(candidate, bridgePath(channel));
    if (fn) functions.set(channel, fn);
    else missing.push(`pcc.${bridgePath(channel).join('.')}`);
  }
  for (const event of eventNames) {
    const fn = rawFunction(candidate, eventBridgePath(event));
    if (fn) subscriptions.set(event, fn);
    else missing.push(`pcc.${eventBridgePath(event).join('.')}`);
  }
  if (candidate === undefined || candidate === null) {
    return {
      ok: false,
      reason: 'absent',
      missing,
      message:
        'The window has no connection to the desktop shell (window.pcc is missing). ' +
        'Open the app through Privacy Control Center or the test harness.',
    };
  }
  if (missing.length > 0) {
    return {
      ok: false,
      reason: 'incompatible',
      missing,
      message: `The desktop shell exposes an incompatible API: ${missing.join(', ')} missing.`,
    };
  }
  const bridge = buildBridge(
    (channel, request) => {
      const fn = functions.get(channel);
      // Unreachable after the check above; kept as data so the contract stays total.
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'internal', message: channel } });
      return guardedCall(fn, channel, request);
    },
    (event, listener) => {
      const fn = subscriptions.get(event);
      // Unreachable after the check above, like the channel case.
      if (!fn) return () => undefined;
      return guardedSubscribe(fn, event, listener);
    },
  );
  return { ok: true, bridge };
}

/** Reads the bridge the shell put on the window. Called once, at boot. */
export function readBridge(): BridgeCheck {
  return checkBridge(Reflect.get(window, 'pcc'));
}
