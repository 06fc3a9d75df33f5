import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Facet } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { loadedValue } from './log-review-store';
import { useValueLabel } from './value-label';

const SHOWN = 8;

function FacetGroup({ facet }: { readonly facet: Facet }) {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const selected = useStore(store, (state) => state.filters.facets?.[facet.column]);
  const valueLabel = useValueLabel();
  const [expanded, setExpanded] = useState(false);
  const values = expanded ? facet.values : facet.values.slice(0, SHOWN);
  const hidden = facet.distinct - values.length;
  const id = `facet-${facet.column}`;
  return (
    <fieldset className="facet" aria-describedby={hidden > 0 ? `${id}-more` : undefined}>
      <legend>{t(`facets.columns.${facet.column}`)}</legend>
      <ul>
        {values.map(({ value, count }) => (
          <li key={value ?? '\u0000'}>
            <label className="checkbox">
              <input
                type="checkbox"
                disabled={value === null}
                checked={value !== null && (selected?.includes(value) ?? false)}
                onChange={() => {
                  if (value !== null) store.getState().toggleFacet(facet.column, value);
                }}
              />
              <span className="facet-value">{valueLabel(facet.column, value)}</span>
              <span className="facet-count">{formatNumber(count, i18n.language)}</span>
            </label>
          </li>
        ))}
      </ul>
      {hidden > 0 || expanded ? (
        <button
          type="button"
          className="link-button"
          id={`${id}-more`}
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? t('facets.fewer') : t('facets.more', { count: hidden })}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Counts per value of each facet, under every other filter; ticking a value filters by it. */
export function FacetPanel() {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  const facets = useStore(store, (state) => state.facets);
  const value = loadedValue(facets);
  return (
    <aside
      className="facet-panel"
      aria-labelledby="facets-heading"
      aria-busy={facets.status === 'loading'}
    >
      <h2 id="facets-heading">{t('facets.heading')}</h2>
      {facets.status === 'failed' ? <p role="alert">{facets.error.message}</p> : null}
      {value === null ? <p role="status">{t('facets.loading')}</p> : null}
      {value
        ?.filter((f) => f.values.length > 0)
        .map((facet) => (
          <FacetGroup key={facet.column} facet={facet} />
        ))}
    </aside>
  );
}
