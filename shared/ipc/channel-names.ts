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
  // Desktop integration (issue 8).
  'preferences:set-language',
  'diagnostics:export',
  'recent:list',
  'recent:clear',
  'connections:list',
  'connections:add',
  'connections:rename',
  'connections:switch',
  'connections:remove',
  'auth:start-device-sign-in',
  'auth:get-sign-in',
  'auth:cancel-sign-in',
  'auth:sign-in-with-token',
  'auth:keep-signed-in',
  'auth:sign-out',
  'settings:get-catalogue',
  'settings:get-history',
  'settings:get-draft',
  'settings:save-draft',
  'settings:start-push',
  'settings:get-push-status',
  'settings:cancel-push',
  'settings:resolve-conflict',
  'settings:get-unfinished-push',
  'settings:resume-push',
  'settings:discard-push',
  'settings:save-plan',
  'settings:open-plan',
  'settings:open-plan-file',
  'settings:export-profile',
  'settings:import-profile',
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
  ...logsChannelNames,
] as const;

export type ChannelName = (typeof channelNames)[number];
