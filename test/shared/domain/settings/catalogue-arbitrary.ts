import fc from 'fast-check';
import type { SettingLike } from '../../../../shared/domain/settings/setting-like';

const CATEGORIES = ['customer', 'diagnostic', 'service-generated', 'professional-services'];
const LABELS = ['Off', 'Required', 'Optional', 'Enabled', 'Disabled', 'Full', 'Basic', 'Level'];

/** Random but valid catalogues: 1..4 values per setting, current and default among them. */
export const catalogueArbitrary: fc.Arbitrary<SettingLike[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,8}\.[a-z-]{1,12}$/),
      product: fc.constantFrom('windows', 'office', 'browser', 'chat'),
      values: fc.uniqueArray(
        fc.record({
          value: fc.stringMatching(/^[a-z0-9]{1,6}$/),
          label: fc.constantFrom(...LABELS),
          feeds: fc.subarray(CATEGORIES),
        }),
        { minLength: 1, maxLength: 4, selector: (x) => x.value },
      ),
      defaultIndex: fc.nat(),
      currentIndex: fc.nat(),
      enterpriseMask: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 12, selector: (x) => x.id },
  )
  .map((entries) =>
    entries.map((e): SettingLike => {
      const values = e.values.map((x) => ({ ...x, sends: x.label }));
      const pick = (i: number) => values[i % values.length] ?? values[0];
      const current = pick(e.currentIndex);
      return {
        id: e.id,
        product: e.product,
        title: e.id,
        values,
        defaultValue: pick(e.defaultIndex)?.value ?? '',
        currentValue: current?.value ?? '',
        feeds: current?.feeds ?? [],
        version: `v-${e.id}`,
        enterpriseOnlyValues: values.filter((_, i) => e.enterpriseMask[i]).map((x) => x.value),
      };
    }),
  );
