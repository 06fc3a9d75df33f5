import { memo } from 'react';
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
import { actorKinds } from '../../../../shared/ipc/schemas/access-events';
import { formatNumber } from '../../i18n/format';
import { kindLabel } from './access-format';
import type { TimelineRow } from './timeline-rows';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function shortDay(date: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00.000Z`));
}

/** At most about a dozen evenly spaced day labels, given up front so none is measured. */
export function dayTicks(rows: readonly TimelineRow[], most = 12): string[] {
  const step = Math.max(1, Math.ceil(rows.length / most));
  return rows.filter((_, i) => i % step === 0).map((r) => r.date);
}

/**
 * The stacked bars (recharts, loaded with this chunk only when a timeline is shown). Hidden from
 * assistive technology: the caption gives the total and "Show the numbers" the same data.
 */
export const TimelineChart = memo(function TimelineChart({
  rows,
}: {
  readonly rows: readonly TimelineRow[];
}) {
  const { t, i18n } = useTranslation('access');
  const locale = i18n.language;
  const drawn = rows.reduce((sum, r) => sum + r.total, 0);
  return (
    <div className="timeline-chart" aria-hidden="true" data-drawn-total={drawn}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart
          data={[...rows]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            dataKey="date"
            ticks={dayTicks(rows)}
            interval={0}
            tickFormatter={(d: string) => shortDay(d, locale)}
            className="chart-axis"
          />
          <YAxis
            width={56}
            tickFormatter={(v: number) => formatNumber(v, locale)}
            className="chart-axis"
          />
          <Tooltip
            labelFormatter={(d) => (typeof d === 'string' ? shortDay(d, locale) : '')}
            formatter={(v) => (typeof v === 'number' ? formatNumber(v, locale) : String(v))}
            wrapperClassName="chart-tooltip"
          />
          <Legend />
          {actorKinds.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              name={kindLabel(kind, t)}
              stackId="kinds"
              fill={`var(--kind-${kind})`}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
