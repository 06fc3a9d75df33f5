import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { FacetColumn } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { filterChips } from './format';
import { useRowCache } from './use-row-cache';
import { useValueLabel } from './value-label';

const SEARCH_DELAY_MS = 300;

/** Search, flagged / tag filters, the active filters as removable chips, and the count. */
export function FilterBar({ tags }: { readonly tags: readonly string[] }) {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const filters = useStore(store, (state) => state.filters);
  const current = useStore(store, (state) => state.current);
  const rows = useStore(store, (state) => state.rows);
  useRowCache(rows);
  const valueLabel = useValueLabel();
  const [text, setText] = useState(filters.text ?? '');
  // A chip removed or a case reopened changes the text from outside: follow it (adjusting
  // state while rendering, as React recommends over an effect).
  const [outside, setOutside] = useState(filters.text ?? '');
  if ((filters.text ?? '') !== outside) {
    setOutside(filters.text ?? '');
    if (text.trim() !== (filters.text ?? '')) setText(filters.text ?? '');
  }

  // Typing waits a moment before searching, so each keystroke does not scan the records.
  useEffect(() => {
    const timer = setTimeout(() => {
      const state = store.getState();
      if ((state.filters.text ?? '') !== text.trim()) state.setFilters({ ...state.filters, text });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, store]);

  const columnLabel = (column: FacetColumn) => t(`facets.columns.${column}`);
  const chips = filterChips(filters, t, columnLabel, valueLabel, i18n.language);
  const total = current.status === 'open' ? current.info.totalEvents : 0;
  const shown = rows.total();
  const setFilters = store.getState().setFilters;

  return (
    <div className="filter-bar" role="search">
      <div className="filter-controls">
        <label className="search-field">
          <span>{t('filters.search')}</span>
          <input
            type="search"
            value={text}
            maxLength={500}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.flaggedOnly === true}
            onChange={(event) => {
              setFilters({ ...filters, flaggedOnly: event.target.checked || undefined });
            }}
          />
          {t('filters.flaggedOnly')}
        </label>
        {tags.length > 0 ? (
          <label>
            <span>{t('filters.tag')} </span>
            <select
              value={filters.tag ?? ''}
              onChange={(event) => {
                setFilters({
                  ...filters,
                  tag: event.target.value === '' ? undefined : event.target.value,
                });
              }}
            >
              <option value="">{t('filters.anyTag')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <p className="view-count" role="status" aria-live="polite" data-testid="view-count">
        {shown === null
          ? t('filters.counting')
          : t('filters.count', {
              shown: formatNumber(shown, i18n.language),
              total: formatNumber(total, i18n.language),
            })}
      </p>
      {chips.length > 0 ? (
        <div className="chips" role="group" aria-label={t('filters.active')}>
          {chips.map((chip) => (
            <button
              key={chip.key}
              type="button"
              className="chip"
              aria-label={t('filters.remove', { filter: chip.label })}
              onClick={() => {
                setFilters(chip.remove());
              }}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFilters({});
            }}
          >
            {t('filters.clearAll')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
