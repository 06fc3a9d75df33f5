import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import type { Notice } from './settings-state';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

function NoticeText({ notice }: { readonly notice: Notice }) {
  const { t } = useTranslation('settings');
  switch (notice.key) {
    case 'planSaved':
    case 'profileSaved':
      return <>{t(`notices.${notice.key}`, { fileName: notice.fileName })}</>;
    case 'profileImported':
      return (
        <>{t('notices.profileImported', { fileName: notice.fileName, count: notice.count })}</>
      );
    case 'planSavedUnsigned':
      return (
        <>{t('notices.planSavedUnsigned', { fileName: notice.fileName, reason: notice.reason })}</>
      );
    case 'backOnline':
      return <>{t('notices.backOnline', { count: notice.count })}</>;
    case 'fileRejected':
      return (
        <>{t('notices.fileRejected', { fileName: notice.fileName, message: notice.message })}</>
      );
    case 'failed':
      return <>{t('notices.failed', { message: notice.message })}</>;
  }
}

/** Role, connection, unfinished push and the last file action: each says what it means. */
export function SettingsBanners() {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const load = useSettings((s) => s.catalogue);
  const notice = useSettings((s) => s.notice);
  const unfinished = useSettings((s) => s.unfinished);
  const push = useSettings((s) => s.push);
  const review = useSettings((s) => s.review);
  const catalogue = lastCatalogue(load);
  const running =
    review.kind === 'closed' &&
    push.status === 'tracking' &&
    push.job.state.status !== 'done' &&
    push.job.state.status !== 'discarded';

  return (
    <>
      {load.status === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          <p>{t('banners.failed', { reason: load.error.message })}</p>
        </div>
      ) : null}
      {catalogue?.source === 'cache' ? (
        <div className="banner banner-warning" role="status" data-testid="offline-banner">
          <p>
            <strong>{t('banners.offlineTitle')}</strong>{' '}
            {t('banners.offline', {
              time: formatDateTime(catalogue.fetchedAt, i18n.language),
              reason: catalogue.offlineReason ?? '',
            })}
          </p>
        </div>
      ) : null}
      {catalogue && !catalogue.caller.canPush ? (
        <div className="banner banner-pending" role="note" data-testid="role-banner">
          <p>
            <strong>{t('banners.helpdeskTitle')}</strong>{' '}
            {t('banners.helpdesk', { role: catalogue.caller.role })}
          </p>
        </div>
      ) : null}
      {unfinished.status === 'postponed' ? (
        <div className="banner banner-warning" role="status">
          <p>{t('banners.unfinished')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().reopenUnfinished();
            }}
          >
            {t('banners.unfinishedAction')}
          </button>
        </div>
      ) : null}
      {running ? (
        <div className="banner banner-pending" role="status">
          <p>{t('banners.running')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().showPush();
            }}
          >
            {t('banners.runningAction')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div
          className={`banner banner-${notice.tone} notice`}
          role={notice.tone === 'ok' ? 'status' : 'alert'}
          data-testid="settings-notice"
        >
          <p>
            <NoticeText notice={notice} />
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().dismissNotice();
            }}
          >
            {tc('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
