export { defaultDemoEventCount, generateDemoTenant } from './generate-demo-tenant';
export { euDataBoundary } from './locations';
export { expiryReason, requestLifetimeMs } from './access-requests';
export type {
  DemoAccessEvent,
  DemoAccessRequest,
  DemoDataLocation,
  DemoSetting,
  DemoTenant,
  DemoTenantOptions,
} from './types';
