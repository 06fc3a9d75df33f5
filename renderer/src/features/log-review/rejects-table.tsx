import { useTranslation } from 'react-i18next';
import type { CaseFile, RejectPage } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { rejectReason } from './format';
import { loadedValue, type Load } from './log-review-store';

/** The rows of one file that were not imported: where they are and why. */
export function RejectsTable({
  file,
  page,
}: {
  readonly file: CaseFile;
  readonly page: Load<RejectPage>;
}) {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const value = loadedValue(page);
  if (page.status === 'failed') return <p role="alert">{page.error.message}</p>;
  if (value === null) return <p role="status">{t('rejects.loading')}</p>;
  return (
    <div className="rejects">
      <table>
        <caption>{t('rejects.caption', { name: file.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rejects.line')}</th>
            <th scope="col">{t('rejects.record')}</th>
            <th scope="col">{t('rejects.reason')}</th>
            <th scope="col">{t('rejects.excerpt')}</th>
          </tr>
        </thead>
        <tbody>
          {value.rows.map((row, index) => (
            <tr key={`${String(row.line)}-${String(row.recordNo)}-${String(index)}`}>
              <td>
                {row.line === null
                  ? t('rejects.unknownLine')
                  : formatNumber(row.line, i18n.language)}
              </td>
              <td>
                {row.recordNo === null
                  ? t('rejects.unknownLine')
                  : formatNumber(row.recordNo, i18n.language)}
              </td>
              <td>{rejectReason(row, t)}</td>
              <td>
                <code className="excerpt">{row.excerpt ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {value.total > value.rows.length ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void store.getState().showRejects(file.fileId, Math.min(500, value.rows.length + 100))
          }
        >
          {t('rejects.more')}
        </button>
      ) : null}
    </div>
  );
}
