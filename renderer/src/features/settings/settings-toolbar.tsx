import { useTranslation } from 'react-i18next';
import {
  dataCategorySchema,
  productSchema,
  products,
  dataCategories,
} from '../../../../shared/ipc/schemas/settings';
import { useStores } from '../../app/stores';
import { filterCatalogue } from './catalogue-filter';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

export function SettingsToolbar() {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const filters = useSettings((s) => s.filters);
  const load = useSettings((s) => s.catalogue);
  const settings = lastCatalogue(load)?.settings ?? [];
  const shown = filterCatalogue(settings, filters).reduce((n, g) => n + g.settings.length, 0);
  const set = store.getState().setFilters;

  return (
    <form
      className="settings-toolbar"
      role="search"
      aria-label={t('filters.search')}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="field">
        <label htmlFor="settings-search">{t('filters.search')}</label>
        <input
          id="settings-search"
          type="search"
          value={filters.query}
          placeholder={t('filters.searchHint')}
          onChange={(event) => {
            set({ query: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="settings-product">{t('filters.product')}</label>
        <select
          id="settings-product"
          value={filters.product}
          onChange={(event) => {
            const parsed = productSchema.safeParse(event.target.value);
            set({ product: parsed.success ? parsed.data : 'all' });
          }}
        >
          <option value="all">{t('filters.allProducts')}</option>
          {products.map((product) => (
            <option key={product} value={product}>
              {t(`products.${product}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="settings-category">{t('filters.category')}</label>
        <select
          id="settings-category"
          value={filters.category}
          onChange={(event) => {
            const parsed = dataCategorySchema.safeParse(event.target.value);
            set({ category: parsed.success ? parsed.data : 'all' });
          }}
        >
          <option value="all">{t('filters.allCategories')}</option>
          {dataCategories.map((category) => (
            <option key={category} value={category}>
              {t(`categories.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input
          id="settings-changed"
          type="checkbox"
          checked={filters.changedOnly}
          onChange={(event) => {
            set({ changedOnly: event.target.checked });
          }}
        />
        <label htmlFor="settings-changed">{t('filters.changedOnly')}</label>
      </div>
      <p className="muted toolbar-count" aria-live="polite" data-testid="settings-shown">
        {t('filters.shown', { count: shown, total: settings.length })}
      </p>
    </form>
  );
}
