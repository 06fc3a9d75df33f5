import { useTranslation } from 'react-i18next';
import type { ResidencyFindingItem } from '../../../../shared/ipc/schemas/residency';
import { ScrollArea } from '../common/scroll-area';
import { OutsideIcon } from './residency-map';
import { categoryLabel, flagLines, processingLabel, serviceLabel } from './residency-format';

export function LocationsTable({
  findings,
  commitment,
}: {
  readonly findings: readonly ResidencyFindingItem[];
  readonly commitment: string;
}) {
  const { t } = useTranslation('residency');
  return (
    <ScrollArea label={t('table.caption')}>
      <table className="data-table locations-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.service')}</th>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.processing')}</th>
            <th scope="col">{t('table.geography')}</th>
            <th scope="col">{t('table.cities')}</th>
            <th scope="col">{t('table.replicas')}</th>
            <th scope="col">{t('table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.length === 0 ? (
            <tr>
              <td colSpan={7}>{t('table.none')}</td>
            </tr>
          ) : null}
          {findings.map((finding) => {
            const l = finding.location;
            return (
              <tr
                key={l.id}
                data-location={l.id}
                data-flagged={finding.flagged ? 'true' : 'false'}
                className={finding.flagged ? 'row-flagged' : undefined}
              >
                <th scope="row">{serviceLabel(l.service, t)}</th>
                <td>{categoryLabel(l.category, t)}</td>
                <td>{processingLabel(l.processing, t)}</td>
                <td>
                  {l.geography} · {l.region}
                </td>
                <td>{l.datacenterCities.join('; ')}</td>
                <td className="numeric">{l.replicas}</td>
                <td>
                  {finding.flagged ? (
                    <>
                      <span className="badge badge-danger">
                        <OutsideIcon /> {t('status.outside')}
                      </span>
                      <ul className="flag-lines">
                        {flagLines(finding, commitment, t).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <span className="badge badge-ok">{t('status.inside')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
