import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';

/** Exports exactly the events the filters select, as CSV or JSON Lines. */
export function EventExportControls() {
  const { t, i18n } = useTranslation('access');
  const store = useStores().accessEvents;
  const exported = useStore(store, (s) => s.exported);
  const exportEvents = useStore(store, (s) => s.exportEvents);
  const busy = exported.status === 'choosing' || exported.status === 'running';
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div className="export-controls" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void exportEvents('csv')}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void exportEvents('jsonl')}
      >
        {t('export.jsonl')}
      </button>
      <p role="status" className="export-status" data-testid="event-export-status">
        {exported.status === 'choosing' ? t('export.choosing') : null}
        {exported.status === 'running'
          ? exported.total === null
            ? t('export.runningUnknown', {
                fileName: exported.fileName,
                written: n(exported.written),
              })
            : t('export.running', {
                fileName: exported.fileName,
                written: n(exported.written),
                total: n(exported.total),
              })
          : null}
        {exported.status === 'done'
          ? t('export.done', { fileName: exported.fileName, written: n(exported.written) })
          : null}
        {exported.status === 'cancelled' ? t('export.cancelled') : null}
      </p>
      {exported.status === 'failed' ? (
        <p role="alert" className="inline-error">
          {t('export.failed', { reason: exported.error.message })}
        </p>
      ) : null}
    </div>
  );
}
