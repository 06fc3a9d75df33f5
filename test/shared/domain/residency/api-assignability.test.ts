import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../../../shared/api/generated/provider-api';
import type { DataLocationLike } from '../../../../shared/domain/residency/residency-check';

// The domain defines its own minimal input types so shared/domain never imports generated code;
// this type-level test (checked by `npm run typecheck`) proves the API's types still fit them.
describe('provider API types fit the residency inputs', () => {
  it('DataLocation', () => {
    expectTypeOf<components['schemas']['DataLocation']>().toExtend<DataLocationLike>();
  });
});
