import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { CaseFile } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { formatBytes, formatDuration, integrityText } from './format';
import { RejectsTable } from './rejects-table';

const TONE = { verified: 'ok', tampered: 'danger', unsigned: 'warning' } as const;

function IntegrityCheck({ file }: { readonly file: CaseFile }) {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const integrity = file.integrity;
  if (integrity === null) return null;
  return (
    <div className="integrity" data-integrity={integrity.status}>
      <p>
        <span className="muted">{t('integrity.heading')}: </span>
        <span className={`badge badge-${TONE[integrity.status]}`}>
          {t(`integrity.${integrity.status}`)}
        </span>
      </p>
      <p>{integrityText(integrity, t)}</p>
      <p className="muted">
        {t('integrity.checkedAt', { when: formatDateTime(integrity.checkedAt, i18n.language) })}
      </p>
      {integrity.status !== 'verified' ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().verifyFile(file.fileId)}
        >
          {t('integrity.recheck', { name: file.name })}
        </button>
      ) : null}
    </div>
  );
}

/** What the case holds: each file with its counts, hash and (for provider exports) check. */
export function FilesPanel({ files }: { readonly files: readonly CaseFile[] }) {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const rejects = useStore(store, (state) => state.rejects);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section className="panel files-panel" aria-labelledby="files-heading">
      <h2 id="files-heading">{t('files.heading')}</h2>
      {files.length === 0 ? <p>{t('files.none')}</p> : null}
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.fileId} data-file={file.name}>
            <p>
              <strong>{file.name}</strong>{' '}
              <span data-testid="file-summary">
                {t('files.summary', {
                  read: n(file.rowsRead),
                  imported: n(file.rowsImported),
                  rejected: n(file.rowsRejected),
                })}
              </span>
            </p>
            <p className="muted">
              {t('files.details', {
                format: t(`formats.${file.format}`),
                size: formatBytes(file.size, i18n.language),
                when: formatDateTime(file.importedAt, i18n.language),
                duration: formatDuration(file.durationMs, i18n.language),
              })}
            </p>
            <p className="muted hash">
              {t('files.sha256')}: <code>{file.sha256}</code>
            </p>
            <IntegrityCheck file={file} />
            {file.rowsRejected > 0 ? (
              rejects?.fileId === file.fileId ? (
                <>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void store.getState().showRejects(null)}
                  >
                    {t('files.hideRejects')}
                  </button>
                  <RejectsTable file={file} page={rejects.page} />
                </>
              ) : (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void store.getState().showRejects(file.fileId)}
                >
                  {t('files.showRejects', { count: file.rowsRejected, name: file.name })}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
