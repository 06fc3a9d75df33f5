import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../../../shared/api/generated/provider-api';
import type {
  AccessEventLike,
  AccessRequestLike,
} from '../../../../shared/domain/access/access-like';

// Checked by `npm run typecheck`: the generated API types must fit the domain's minimal inputs.
describe('provider API types fit the access inputs', () => {
  it('AccessEvent and AccessRequest', () => {
    expectTypeOf<components['schemas']['AccessEvent']>().toExtend<AccessEventLike>();
    expectTypeOf<components['schemas']['AccessRequest']>().toExtend<AccessRequestLike>();
  });
});
