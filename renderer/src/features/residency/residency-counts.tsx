import { useTranslation } from 'react-i18next';
import type { ResidencySnapshot } from '../../../../shared/ipc/schemas/residency';
import { formatNumber } from '../../i18n/format';
import { categoryLabel, serviceLabel } from './residency-format';

function CountTable({
  id,
  title,
  rows,
  label,
}: {
  readonly id: string;
  readonly title: string;
  readonly rows: ResidencySnapshot['byCategory'];
  readonly label: (key: string) => string;
}) {
  const { t, i18n } = useTranslation('residency');
  return (
    <table className="data-table count-table">
      <caption id={id}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('counts.name')}</th>
          <th scope="col">{t('counts.total')}</th>
          <th scope="col">{t('counts.flagged')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.flagged > 0 ? 'row-flagged' : undefined}>
            <th scope="row">{label(row.key)}</th>
            <td className="numeric">{formatNumber(row.total, i18n.language)}</td>
            <td className="numeric">{formatNumber(row.flagged, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Locations and flags per data category and per service. */
export function ResidencyCounts({ snapshot }: { readonly snapshot: ResidencySnapshot }) {
  const { t } = useTranslation('residency');
  return (
    <div className="count-tables">
      <CountTable
        id="residency-by-category"
        title={t('byCategory')}
        rows={snapshot.byCategory}
        label={(key) => categoryLabel(key, t)}
      />
      <CountTable
        id="residency-by-service"
        title={t('byService')}
        rows={snapshot.byService}
        label={(key) => serviceLabel(key, t)}
      />
    </div>
  );
}
