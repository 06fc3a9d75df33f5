import type { components } from '../../shared/api/generated/provider-api';

/** Resource shapes exactly as the OpenAPI document defines them. */
export type Schemas = components['schemas'];
export type Tenant = Schemas['Tenant'];
export type Setting = Schemas['Setting'];
export type SettingHistoryEntry = Schemas['SettingHistoryEntry'];
export type SettingsPatchResponse = Schemas['SettingsPatchResponse'];
export type DataLocation = Schemas['DataLocation'];
export type AccessEvent = Schemas['AccessEvent'];
export type AccessRequest = Schemas['AccessRequest'];
export type Export = Schemas['Export'];
export type ExportManifest = Schemas['ExportManifest'];
export type TransparencyReport = Schemas['TransparencyReport'];
export type ActorKind = Schemas['ActorKind'];
export type ActorKindCounts = Schemas['ActorKindCounts'];

/** The generated demo tenant the server starts from (regenerated from {seed, asOf} each start). */
export type DemoData = {
  readonly tenant: Tenant;
  readonly settings: readonly Setting[];
  readonly dataLocations: readonly DataLocation[];
  /** Sorted by time ascending. */
  readonly accessEvents: readonly AccessEvent[];
  readonly accessRequests: readonly AccessRequest[];
  readonly transparencyReport: TransparencyReport;
};
