import { channelNames } from '../../../../shared/ipc/contract';
import type { ChannelHandlers } from '../../../../electron/services/ipc-registry';

/** Every channel's handler: `handlers` where given, a failing stub for the rest. */
export function unusedHandlersExcept(handlers: Partial<ChannelHandlers>): ChannelHandlers {
  const notUsed = () => Promise.reject(new Error('not used in this test'));
  return {
    ...(Object.fromEntries(
      channelNames.map((name) => [name, notUsed]),
    ) as unknown as ChannelHandlers),
    ...handlers,
  };
}
