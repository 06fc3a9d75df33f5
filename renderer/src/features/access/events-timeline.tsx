import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { actorKinds } from '../../../../shared/ipc/schemas/access-events';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { lastValue } from '../common/load';
import { ScrollArea } from '../common/scroll-area';
import { kindLabel } from './access-format';
import { timelineRows, type TimelineRow } from './timeline-rows';

const noRows: readonly TimelineRow[] = [];

// The chart library is large: its chunk loads beside the table, so the first rows never wait.
const TimelineChart = lazy(() =>
  import('./timeline-chart').then((m) => ({ default: m.TimelineChart })),
);

function NumbersTable({ rows }: { readonly rows: readonly TimelineRow[] }) {
  const { t, i18n } = useTranslation('access');
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <ScrollArea label={t('timeline.caption')} className="timeline-numbers">
      <table className="data-table">
        <caption>{t('timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.day')}</th>
            {actorKinds.map((kind) => (
              <th scope="col" key={kind}>
                {kindLabel(kind, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.date}>
              <th scope="row">{r.date}</th>
              {actorKinds.map((kind) => (
                <td key={kind} className="numeric">
                  {n(r[kind])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** Events per day stacked by actor kind, for exactly the table's filter. */
export function EventsTimeline() {
  const { t, i18n } = useTranslation('access');
  const store = useStores().accessEvents;
  const load = useStore(store, (s) => s.summary);
  const filter = useStore(store, (s) => s.summaryFilter);
  const [numbers, setNumbers] = useState(false);
  const summary = lastValue(load);
  const rows = useMemo(() => (summary ? timelineRows(summary, filter) : []), [summary, filter]);
  // Redrawing a thousand bars must not hold up the total and the table: the chart follows at
  // a lower priority, and React drops a redraw a newer filter made stale.
  const chartRows = useDeferredValue(rows, noRows);
  return (
    <figure
      className="timeline panel-wide"
      aria-labelledby="timeline-title"
      aria-busy={load.status === 'loading'}
      data-total={summary?.total ?? ''}
    >
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <figcaption>
        <span>{t('timeline.caption')}</span>{' '}
        <strong data-testid="timeline-total">
          {summary
            ? t('timeline.total', {
                count: summary.total,
                events: formatNumber(summary.total, i18n.language),
              })
            : null}
        </strong>
      </figcaption>
      {load.status === 'loading' && summary === null ? (
        <p role="status">{t('timeline.loading')}</p>
      ) : null}
      {load.status === 'failed' ? (
        <p role="alert" className="inline-error">
          {t('timeline.failed', { reason: load.error.message })}
        </p>
      ) : null}
      {summary && summary.total === 0 ? <p>{t('timeline.empty')}</p> : null}
      {summary && summary.total > 0 ? (
        <Suspense fallback={<p className="muted">{t('timeline.loading')}</p>}>
          <TimelineChart rows={chartRows} />
        </Suspense>
      ) : null}
      {summary && summary.total > 0 ? (
        <>
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={numbers}
            onClick={() => {
              setNumbers(!numbers);
            }}
          >
            {t('timeline.showTable')}
          </button>
          {numbers ? <NumbersTable rows={rows} /> : null}
        </>
      ) : null}
    </figure>
  );
}
