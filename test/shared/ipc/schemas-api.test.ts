import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../../shared/api/generated/provider-api';
import type { AccessEvent, EventSummary } from '../../../shared/ipc/schemas/access-events';
import type {
  AccessRequest,
  TransparencyReport,
} from '../../../shared/ipc/schemas/access-requests';
import type { DataLocation } from '../../../shared/ipc/schemas/residency';

type Api = components['schemas'];

// Checked by `npm run typecheck`: whatever the provider API may send fits the zod schemas the
// services parse it with, so a change to shared/api/openapi.yaml that the app cannot read
// breaks the build rather than a screen.
describe('the IPC schemas accept the provider API types', () => {
  it('access events, their summary, requests and the transparency report', () => {
    expectTypeOf<Api['AccessEvent']>().toExtend<AccessEvent>();
    expectTypeOf<AccessEvent>().toExtend<Api['AccessEvent']>();
    expectTypeOf<Api['AccessEventSummary']>().toExtend<EventSummary>();
    expectTypeOf<Api['AccessRequest']>().toExtend<AccessRequest>();
    expectTypeOf<Api['TransparencyReport']>().toExtend<TransparencyReport>();
  });

  it('data locations', () => {
    expectTypeOf<Api['DataLocation']>().toExtend<DataLocation>();
  });
});
