import { channelNames, type ChannelName } from './channel-names';
import type { ChannelRequest, ChannelResponse } from './contract';
import type { IpcResult } from './ipc-result';

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
type MethodOf<C extends string> = C extends `${string}:${infer M}` ? M : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

type BridgeFunction<C extends ChannelName> = [ChannelRequest<C>] extends [undefined]
  ? () => Promise<IpcResult<ChannelResponse<C>>>
  : (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;

/** The exact shape of `window.pcc`: one function per contract channel and nothing else. */
export type PccBridge = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [
      C in ChannelName as NamespaceOf<C> extends N ? CamelCase<MethodOf<C>> : never
    ]: BridgeFunction<C>;
  };
};

export type Invoke = (channel: ChannelName, request: unknown) => Promise<unknown>;

export function bridgePath(channel: ChannelName): readonly [string, string] {
  const [namespace = '', method = ''] = channel.split(':');
  return [namespace, method.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())];
}

/**
 * Builds the bridge object from the contract, so the preload and the test harness expose the
 * same functions. `invoke` is the only transport-specific part.
 */
export function buildBridge(invoke: Invoke): PccBridge {
  const bridge: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const [namespace, method] = bridgePath(name);
    bridge[namespace] ??= {};
    bridge[namespace][method] = (request?: unknown) => invoke(name, request);
  }
  return bridge as unknown as PccBridge;
}
