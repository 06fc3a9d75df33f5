/**
 * The contract's channel names, apart from its zod schemas so the preload (which needs only
 * the names) does not bundle zod. contract.ts checks this list against its own keys both
 * ways, so the two cannot drift.
 */
import { logsChannelNames } from './logs-channel-names';

export const channelNames = [
  'app:get-info',
  'tenant:get',
  'overview:get',
  'preferences:get',
  'preferences:set-theme',
  'links:open-external',
  ...logsChannelNames,
] as const;

export type ChannelName = (typeof channelNames)[number];
