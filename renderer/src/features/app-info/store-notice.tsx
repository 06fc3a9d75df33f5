import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { visibleNotice } from './app-info-store';

/** Tells the user their settings file was unreadable and moved aside, until they dismiss it. */
export function StoreNotice() {
  const { t } = useTranslation();
  const store = useStores().appInfo;
  const notice = useStore(store, visibleNotice);
  const dismiss = useStore(store, (state) => state.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="banner banner-warning notice" role="alert">
      <p>
        {t(`notice.reason.${notice.reason}`, { detail: notice.detail ?? '' })}{' '}
        {t('notice.movedAside', { file: notice.movedTo })}
      </p>
      <button type="button" className="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
