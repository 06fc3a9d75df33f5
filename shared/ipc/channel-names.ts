/**
 * The contract's channel names, apart from its zod schemas so the preload (which needs only
 * the names) does not bundle zod. contract.ts checks this list against its own keys both
 * ways, so the two cannot drift.
 */
export const channelNames = [
  'app:get-info',
  'tenant:get',
  'overview:get',
  'preferences:get',
  'preferences:set-theme',
  'links:open-external',
  'residency:get-snapshot',
  'residency:export-report',
  'access:list-events',
  'access:get-summary',
  'access:list-alerts',
  'access:export-events',
  'access:get-export-status',
  'access:list-requests',
  'access:decide-request',
  'access:get-transparency-report',
] as const;

export type ChannelName = (typeof channelNames)[number];
