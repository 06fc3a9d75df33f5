import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { lastValue } from '../common/load';
import { ScrollArea } from '../common/scroll-area';

const measures = ['received', 'rejected', 'disclosedContent', 'disclosedNonContent'] as const;

/** Legal demands per half-year: a small chart, and the table that says the same. */
export function TransparencyReportSection() {
  const { t, i18n } = useTranslation('access');
  const store = useStores().accessRequests;
  const load = useStore(store, (s) => s.transparency);
  useEffect(() => {
    if (store.getState().transparency.status === 'idle') void store.getState().loadTransparency();
  }, [store]);
  const report = lastValue(load);
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <section className="transparency" aria-labelledby="transparency-title">
      <h2 id="transparency-title">{t('transparency.title')}</h2>
      <p className="muted">{t('transparency.intro')}</p>
      {load.status === 'loading' && report === null ? (
        <p role="status">{t('transparency.loading')}</p>
      ) : null}
      {load.status === 'failed' ? (
        <p role="alert" className="inline-error">
          {t('transparency.failed', { reason: load.error.message })}
        </p>
      ) : null}
      {report && report.periods.length === 0 ? <p>{t('transparency.empty')}</p> : null}
      {report && report.periods.length > 0 ? (
        <div className="transparency-body">
          <div className="transparency-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={report.periods} accessibilityLayer={false}>
                <CartesianGrid vertical={false} className="chart-grid" />
                <XAxis dataKey="period" className="chart-axis" />
                <YAxis width={32} allowDecimals={false} className="chart-axis" />
                <Tooltip wrapperClassName="chart-tooltip" />
                <Legend />
                {measures.map((m) => (
                  <Bar
                    key={m}
                    dataKey={m}
                    name={t(`transparency.${m}`)}
                    fill={`var(--demand-${m})`}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ScrollArea label={t('transparency.caption')}>
            <table className="data-table">
              <caption>{t('transparency.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('transparency.period')}</th>
                  {measures.map((m) => (
                    <th scope="col" key={m}>
                      {t(`transparency.${m}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.periods.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    {measures.map((m) => (
                      <td key={m} className="numeric">
                        {n(p[m])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </div>
      ) : null}
    </section>
  );
}
