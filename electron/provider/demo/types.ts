import type { components } from '../../../shared/api/generated/provider-api';

type Schemas = components['schemas'];

export type DemoSetting = Schemas['Setting'];
export type DemoAccessEvent = Schemas['AccessEvent'];
export type DemoAccessRequest = Schemas['AccessRequest'];
export type DemoDataLocation = Schemas['DataLocation'];

/** A whole demo tenant, every record shaped exactly as the OpenAPI document defines it. */
export interface DemoTenant {
  readonly tenant: Schemas['Tenant'];
  /** Ordered by product, then id. */
  readonly settings: readonly DemoSetting[];
  readonly dataLocations: readonly DemoDataLocation[];
  /** Sorted by time ascending; ids are stable for the same seed and asOf. */
  readonly accessEvents: readonly DemoAccessEvent[];
  /** Ordered by createdAt ascending. */
  readonly accessRequests: readonly DemoAccessRequest[];
  readonly transparencyReport: Schemas['TransparencyReport'];
}

export interface DemoTenantOptions {
  readonly seed: number;
  /** "Now" for the demo: events end before it, pending requests were created just before it. */
  readonly asOf: Date;
  /** Access events to generate; default 200,000. Tests use fewer. */
  readonly eventCount?: number;
  /** The tenant's display name; "Contoso Europe" unless told. */
  readonly tenantName?: string;
}

/** A setting as the catalogue describes it, before the tenant's current state is added. */
export type SettingDefinition = Omit<DemoSetting, 'currentValue' | 'version' | 'updatedAt'>;
