import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../../shared/ipc/schemas/access-requests';
import { formatDateTime } from '../../i18n/format';
import { ScrollArea } from '../common/scroll-area';

const tone: Readonly<Record<AccessRequest['status'], string>> = {
  pending: 'badge-pending',
  approved: 'badge-ok',
  completed: 'badge-ok',
  denied: 'badge-danger',
  revoked: 'badge-warning',
  expired: 'badge-pending',
};

export function DecidedRequests({ requests }: { readonly requests: readonly AccessRequest[] }) {
  const { t, i18n } = useTranslation('access');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <ScrollArea label={t('requests.table.caption')}>
      <table className="data-table">
        <caption>{t('requests.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('requests.table.request')}</th>
            <th scope="col">{t('requests.requester')}</th>
            <th scope="col">{t('requests.table.outcome')}</th>
            <th scope="col">{t('requests.table.by')}</th>
            <th scope="col">{t('requests.table.at')}</th>
            <th scope="col">{t('requests.table.reason')}</th>
            <th scope="col">{t('requests.table.window')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} data-request={r.id}>
              <th scope="row">{r.id}</th>
              <td>{r.requester}</td>
              <td>
                <span className={`badge ${tone[r.status]}`}>
                  {t(`requests.status.${r.status}`)}
                </span>
              </td>
              <td>{r.decision?.by ?? ''}</td>
              <td className="nowrap">{r.decision ? when(r.decision.at) : ''}</td>
              <td>{r.decision?.reason ?? ''}</td>
              <td>
                {r.approvedWindow ? (
                  <>
                    <span className="nowrap">{when(r.approvedWindow.start)}</span> –{' '}
                    <span className="nowrap">{when(r.approvedWindow.end)}</span>
                  </>
                ) : (
                  t('requests.noWindow')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
