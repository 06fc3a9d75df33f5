import { channelNames, type ChannelName } from './channel-names';
import type { ChannelRequest, ChannelResponse } from './contract';
import { eventNames, type EventName } from './event-names';
import type { EventPayload } from './events';
import type { IpcResult } from './ipc-result';

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
type MethodOf<C extends string> = C extends `${string}:${infer M}` ? M : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

type BridgeFunction<C extends ChannelName> = [ChannelRequest<C>] extends [undefined]
  ? () => Promise<IpcResult<ChannelResponse<C>>>
  : (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;

/** Stops a subscription; calling it twice is harmless. */
export type Unsubscribe = () => void;

type Subscription<E extends EventName> = (
  listener: (payload: EventPayload<E>) => void,
) => Unsubscribe;

/** One function per contract channel: `window.pcc.area.verbNoun(request)`. */
export type PccChannels = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [
      C in ChannelName as NamespaceOf<C> extends N ? CamelCase<MethodOf<C>> : never
    ]: BridgeFunction<C>;
  };
};

/** One subscription per main → renderer event: `window.pcc.area.onNoun(listener)`. */
export type PccEvents = {
  readonly [N in NamespaceOf<EventName>]: {
    readonly [
      E in EventName as NamespaceOf<E> extends N ? `on${Capitalize<CamelCase<MethodOf<E>>>}` : never
    ]: Subscription<E>;
  };
};

/** The exact shape of `window.pcc`: the contract's channels and events, nothing else. */
export type PccBridge = PccChannels & PccEvents;

export type Invoke = (channel: ChannelName, request: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe;

function camel(text: string): string {
  return text.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function bridgePath(channel: ChannelName): readonly [string, string] {
  const [namespace = '', method = ''] = channel.split(':');
  return [namespace, camel(method)];
}

/** `menu:command` → `['menu', 'onCommand']`. */
export function eventBridgePath(event: EventName): readonly [string, string] {
  const [namespace = '', noun = ''] = event.split(':');
  const method = camel(noun);
  return [namespace, `on${method.charAt(0).toUpperCase()}${method.slice(1)}`];
}

/**
 * Builds the bridge object from the contract, so the preload and the test harness expose the
 * same functions. `invoke` and `subscribe` are the only transport-specific parts.
 */
export function buildBridge(invoke: Invoke, subscribe: Subscribe): PccBridge {
  const bridge: Record<string, Record<string, (argument?: unknown) => unknown>> = {};
  for (const name of channelNames) {
    const [namespace, method] = bridgePath(name);
    bridge[namespace] ??= {};
    bridge[namespace][method] = (request?: unknown) => invoke(name, request);
  }
  for (const name of eventNames) {
    const [namespace, method] = eventBridgePath(name);
    bridge[namespace] ??= {};
    bridge[namespace][method] = (listener?: unknown) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener.`);
      return subscribe(name, (payload) => {
        (listener as (payload: unknown) => void)(payload);
      });
    };
  }
  return bridge as unknown as PccBridge;
}
