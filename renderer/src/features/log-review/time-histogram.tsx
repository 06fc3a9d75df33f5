import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { loadedValue } from './log-review-store';
import { fromInputValue, spanOf, toInputValue } from './time-range';

type Drag = { readonly from: number; readonly to: number } | null;

function indexOf(state: { activeIndex?: unknown } | undefined): number | null {
  const index = Number(state?.activeIndex);
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/** Events over time; dragging across bars (or the From / To fields) filters to that span. */
export function TimeHistogram() {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const histogram = useStore(store, (state) => state.histogram);
  const from = useStore(store, (state) => state.filters.from);
  const to = useStore(store, (state) => state.filters.to);
  const buckets = loadedValue(histogram) ?? [];
  const [drag, setDrag] = useState<Drag>(null);
  const [fromText, setFromText] = useState(toInputValue(from));
  const [toText, setToText] = useState(toInputValue(to));
  const [invalid, setInvalid] = useState(false);
  // The range also changes from outside (a drag, a removed chip): follow it while rendering.
  const [shownRange, setShownRange] = useState(`${String(from)}|${String(to)}`);
  if (shownRange !== `${String(from)}|${String(to)}`) {
    setShownRange(`${String(from)}|${String(to)}`);
    setFromText(toInputValue(from));
    setToText(toInputValue(to));
  }

  const setRange = (range: { from?: string; to?: string }) => {
    const state = store.getState();
    state.setFilters({ ...state.filters, from: range.from, to: range.to });
  };
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  const short = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      timeZone: 'UTC',
    }).format(new Date(iso));
  const summary =
    first === undefined || last === undefined
      ? t('histogram.empty')
      : t('histogram.summary', {
          count: total,
          from: formatDateTime(first.start, i18n.language, 'UTC'),
          to: formatDateTime(last.end, i18n.language, 'UTC'),
          bars: buckets.length,
        });

  return (
    <section
      className="histogram"
      aria-labelledby="histogram-heading"
      aria-describedby="histogram-help"
    >
      <h2 id="histogram-heading">{t('histogram.heading')}</h2>
      <p id="histogram-help" className="muted">
        {t('histogram.description')}
      </p>
      <div className="histogram-chart" role="img" aria-label={summary} data-testid="histogram">
        {buckets.length > 0 ? (
          <ResponsiveContainer width="100%" height={150}>
            <BarChart
              data={buckets.map((b, index) => ({ ...b, index }))}
              accessibilityLayer={false}
              margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
              onMouseDown={(state) => {
                const index = indexOf(state);
                if (index !== null) setDrag({ from: index, to: index });
              }}
              onMouseMove={(state) => {
                const index = indexOf(state);
                if (drag !== null && index !== null) setDrag({ from: drag.from, to: index });
              }}
              onMouseUp={() => {
                const span = drag === null ? null : spanOf(buckets, drag.from, drag.to);
                setDrag(null);
                if (span !== null) setRange(span);
              }}
            >
              <XAxis
                dataKey="start"
                tickFormatter={short}
                minTickGap={40}
                stroke="var(--muted)"
                fontSize={12}
              />
              <YAxis width={48} stroke="var(--muted)" fontSize={12} allowDecimals={false} />
              <Tooltip
                labelFormatter={(label) =>
                  typeof label === 'string' ? formatDateTime(label, i18n.language, 'UTC') : ''
                }
                formatter={(value) => [
                  formatNumber(Number(value), i18n.language),
                  t('table.label'),
                ]}
                contentStyle={{
                  background: 'var(--surface)',
                  color: 'var(--text)',
                  border: '1px solid var(--border)',
                }}
              />
              <Bar dataKey="count" fill="var(--accent)" isAnimationActive={false} />
              {drag === null ? null : (
                <ReferenceArea
                  x1={buckets[Math.min(drag.from, drag.to)]?.start}
                  x2={buckets[Math.max(drag.from, drag.to)]?.start}
                  fill="var(--accent)"
                  fillOpacity={0.2}
                />
              )}
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <p>{summary}</p>
        )}
      </div>
      <form
        className="range-form"
        onSubmit={(event) => {
          event.preventDefault();
          const a = fromInputValue(fromText);
          const b = fromInputValue(toText);
          if (a === null || b === null || a >= b) {
            setInvalid(true);
            return;
          }
          setInvalid(false);
          setRange({ from: a, to: b });
        }}
      >
        <label>
          <span>{t('histogram.from')}</span>
          <input
            type="datetime-local"
            value={fromText}
            onChange={(event) => {
              setFromText(event.target.value);
            }}
          />
        </label>
        <label>
          <span>{t('histogram.to')}</span>
          <input
            type="datetime-local"
            value={toText}
            onChange={(event) => {
              setToText(event.target.value);
            }}
          />
        </label>
        <button type="submit" className="button button-secondary">
          {t('histogram.apply')}
        </button>
        {from !== undefined || to !== undefined ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setRange({});
            }}
          >
            {t('histogram.clear')}
          </button>
        ) : null}
        {invalid ? (
          <p role="alert" className="inline-error">
            {t('histogram.invalid')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
