import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../../../shared/api/generated/provider-api';
import type { ChangeResult, ConflictDetail } from '../../../../shared/domain/settings/push-state';
import type {
  SettingLike,
  SettingValueLike,
} from '../../../../shared/domain/settings/setting-like';

type Schemas = components['schemas'];

// Checked by `npm run typecheck`: the generated API types must fit the domain's minimal inputs,
// so a provider response goes into diffSettings / reducePush without conversion.
describe('provider API types fit the settings inputs', () => {
  it('Setting, SettingConflict and SettingChangeResult', () => {
    expectTypeOf<Omit<Schemas['Setting'], 'values'>>().toExtend<Omit<SettingLike, 'values'>>();
    expectTypeOf<Schemas['SettingConflict']>().toExtend<ConflictDetail>();
    expectTypeOf<Schemas['SettingChangeResult']>().toExtend<ChangeResult>();
  });

  it('SettingValue carries the categories each value feeds', () => {
    expectTypeOf<Schemas['SettingValue']>().toExtend<SettingValueLike>();
    expectTypeOf<Schemas['Setting']>().toExtend<SettingLike>();
  });
});
