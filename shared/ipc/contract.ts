import { z } from 'zod';
import { channel, type ChannelDefinition } from './channel';
import { channelNames, type ChannelName } from './channel-names';
import { overviewSchema, tenantSchema } from './schemas/tenant';
import {
  appInfoSchema,
  languagePreferenceSchema,
  preferencesSchema,
  themePreferenceSchema,
} from './schemas/app';
import { diagnosticsExportSchema } from './schemas/diagnostics';
import { fileIdSchema } from './schemas/files';
import { recentFilesSchema } from './schemas/recent-files';
import {
  addConnectionRequestSchema,
  addConnectionResponseSchema,
  connectionListSchema,
  connectionRefSchema,
  renameConnectionRequestSchema,
  signInJobSchema,
  signInStatusSchema,
  tokenSignInRequestSchema,
} from './schemas/connections';
import {
  draftSchema,
  exportProfileRequestSchema,
  historyPageSchema,
  historyRequestSchema,
  jobRequestSchema,
  openedPlanSchema,
  openedProfileSchema,
  pushJobSchema,
  pushStatusRequestSchema,
  resolveConflictRequestSchema,
  savedFileSchema,
  savedPlanSchema,
  savePlanRequestSchema,
  settingsCatalogueSchema,
  startPushRequestSchema,
  unfinishedPushSchema,
} from './schemas/settings';
import { alertsReportSchema } from './schemas/access-alerts';
import {
  eventExportRequestSchema,
  eventExportStartSchema,
  eventExportStatusSchema,
  eventFilterSchema,
  eventPageRequestSchema,
  eventPageSchema,
  eventSummarySchema,
  exportJobRequestSchema,
} from './schemas/access-events';
import {
  accessRequestListSchema,
  accessRequestSchema,
  decideRequestSchema,
  transparencyReportSchema,
} from './schemas/access-requests';
import {
  residencyExportRequestSchema,
  residencyExportResultSchema,
  residencySnapshotSchema,
} from './schemas/residency';
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
  // Desktop integration (issue 8).
  'preferences:set-language': channel(
    z.object({ language: languagePreferenceSchema }).strict(),
    preferencesSchema,
  ),
  'diagnostics:export': channel(none, diagnosticsExportSchema),
  'recent:list': channel(none, recentFilesSchema),
  'recent:clear': channel(none, recentFilesSchema),
  'connections:list': channel(none, connectionListSchema),
  'connections:add': channel(addConnectionRequestSchema, addConnectionResponseSchema),
  'connections:rename': channel(renameConnectionRequestSchema, connectionListSchema),
  'connections:switch': channel(connectionRefSchema, connectionListSchema),
  'connections:remove': channel(connectionRefSchema, connectionListSchema),
  // Sign-in is a job: start returns its id, the renderer polls get-sign-in until it settles.
  'auth:start-device-sign-in': channel(connectionRefSchema, signInJobSchema),
  'auth:get-sign-in': channel(signInJobSchema.strict(), signInStatusSchema),
  'auth:cancel-sign-in': channel(signInJobSchema.strict(), signInStatusSchema),
  // The one channel a token crosses, renderer to main only (pasted by the user).
  'auth:sign-in-with-token': channel(tokenSignInRequestSchema, connectionListSchema),
  'auth:keep-signed-in': channel(connectionRefSchema, connectionListSchema),
  'auth:sign-out': channel(connectionRefSchema, connectionListSchema),
  'settings:get-catalogue': channel(none, settingsCatalogueSchema),
  'settings:get-history': channel(historyRequestSchema, historyPageSchema),
  'settings:get-draft': channel(none, draftSchema),
  'settings:save-draft': channel(draftSchema.strict(), draftSchema),
  'settings:start-push': channel(startPushRequestSchema, pushJobSchema),
  'settings:get-push-status': channel(pushStatusRequestSchema, pushJobSchema),
  'settings:cancel-push': channel(jobRequestSchema, pushJobSchema),
  'settings:resolve-conflict': channel(resolveConflictRequestSchema, pushJobSchema),
  'settings:get-unfinished-push': channel(none, unfinishedPushSchema),
  'settings:resume-push': channel(jobRequestSchema, pushJobSchema),
  'settings:discard-push': channel(jobRequestSchema, z.null()),
  'settings:save-plan': channel(savePlanRequestSchema, savedPlanSchema),
  'settings:open-plan': channel(none, openedPlanSchema),
  // A plan dropped on the window or picked from the recent list, by the id main gave out.
  'settings:open-plan-file': channel(z.object({ fileId: fileIdSchema }).strict(), openedPlanSchema),
  'settings:export-profile': channel(exportProfileRequestSchema, savedFileSchema),
  'settings:import-profile': channel(none, openedProfileSchema),
  'residency:get-snapshot': channel(none, residencySnapshotSchema),
  'residency:export-report': channel(residencyExportRequestSchema, residencyExportResultSchema),
  'access:list-events': channel(eventPageRequestSchema, eventPageSchema),
  'access:get-summary': channel(
    z.object({ filter: eventFilterSchema }).strict(),
    eventSummarySchema,
  ),
  'access:list-alerts': channel(none, alertsReportSchema),
  'access:export-events': channel(eventExportRequestSchema, eventExportStartSchema),
  'access:get-export-status': channel(exportJobRequestSchema, eventExportStatusSchema),
  'access:list-requests': channel(none, accessRequestListSchema),
  'access:decide-request': channel(decideRequestSchema, accessRequestSchema),
  'access:get-transparency-report': channel(none, transparencyReportSchema),
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
