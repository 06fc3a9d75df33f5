import type { components } from '../api/generated/provider-api';

type Schemas = components['schemas'];

/**
 * The provider's own words for its services and for the data categories of its data
 * protection addendum, exactly as the API document names them. One list for the provider,
 * the IPC schemas and the screens, so a new category is added once.
 */
export const services = [
  'mail',
  'files',
  'chat',
  'directory',
  'device-management',
  'analytics',
  'meetings',
  'search',
  'support',
  'security',
] as const satisfies readonly Schemas['Service'][];

export const dataCategories = [
  'customer',
  'diagnostic',
  'service-generated',
  'professional-services',
] as const satisfies readonly Schemas['DataCategory'][];
