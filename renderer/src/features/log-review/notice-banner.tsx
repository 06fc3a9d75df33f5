import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import type { Notice } from './log-review-store';

function text(notice: Notice, t: ReturnType<typeof useTranslation<'logs'>>['t']): string {
  switch (notice.kind) {
    case 'exported':
      return t('export.saved', { rows: notice.rows, file: notice.fileName });
    case 'summary':
      return t('export.summarySaved', { rows: notice.rows, file: notice.fileName });
    case 'key-added':
      return t('keys.added', { keyId: notice.keyId });
    case 'error':
      switch (notice.what) {
        case 'export':
          return t('export.failed', { reason: notice.error.message });
        case 'key':
          return t('keys.failed', { reason: notice.error.message });
        case 'import':
          return t('import.startFailed', { reason: notice.error.message });
      }
  }
}

/** The outcome of the last export or key action, until dismissed. */
export function NoticeBanner() {
  const { t } = useTranslation('logs');
  const { t: tc } = useTranslation();
  const store = useStores().logReview;
  const notice = useStore(store, (state) => state.notice);
  return (
    <div role="status" aria-live="polite">
      {notice === null ? null : (
        <div className={`banner ${notice.kind === 'error' ? 'banner-danger' : 'banner-ok'}`}>
          <p>{text(notice, t)}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={store.getState().dismissNotice}
          >
            {tc('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
