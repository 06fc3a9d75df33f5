import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';

/** Says when a menu command had nothing to act on, until dismissed or the next command. */
export function CommandNoticeBanner() {
  const { t } = useTranslation();
  const store = useStores().commands;
  const notice = useStore(store, (state) => state.notice);
  const dismiss = useStore(store, (state) => state.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="banner banner-pending notice" role="status">
      <p>{t(`notice.${notice}`)}</p>
      <button type="button" className="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
