import { z } from 'zod';
import { channel, type ChannelDefinition } from './channel';
import { channelNames, type ChannelName } from './channel-names';
import { overviewSchema, tenantSchema } from './schemas/tenant';
import { appInfoSchema, preferencesSchema, themePreferenceSchema } from './schemas/app';
import { logsContract } from './schemas/logs-contract';

const none = z.undefined();

/**
 * The whole IPC surface. A channel named `area:verb-noun` becomes `window.pcc.area.verbNoun()`.
 * Main registers a handler for each entry and the preload exposes exactly these, so adding a
 * channel here without a handler is a compile error on the main side.
 */
export const ipcContract = {
  'app:get-info': channel(none, appInfoSchema),
  'tenant:get': channel(none, tenantSchema),
  'overview:get': channel(none, overviewSchema),
  'preferences:get': channel(none, preferencesSchema),
  'preferences:set-theme': channel(
    z.object({ theme: themePreferenceSchema }).strict(),
    preferencesSchema,
  ),
  'links:open-external': channel(z.object({ url: z.string().max(2048) }).strict(), z.null()),
  ...logsContract,
} as const satisfies Record<ChannelName, ChannelDefinition<z.ZodType, z.ZodType>>;

export type IpcContract = typeof ipcContract;
export { channelNames, type ChannelName };
export type ChannelRequest<C extends ChannelName> = z.input<IpcContract[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<IpcContract[C]['response']>;

// `satisfies` above rejects a missing or an extra channel; this rejects a name list that the
// contract's keys do not cover exactly (e.g. a channel added to the contract only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractMatchesChannelNames: Same<keyof IpcContract, ChannelName> = true;
