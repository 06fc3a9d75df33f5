import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';

/** The code to approve and where, while a device sign-in runs; its outcome once it ends. */
export function DeviceSignInPanel({ name }: { readonly name: string }) {
  const { t, i18n } = useTranslation('connections');
  const store = useStores().connections;
  const signIn = useStore(store, (state) => state.signIn);
  const { cancelDeviceSignIn, openSignInPage, dismissSignIn } = store.getState();

  if (signIn.status === 'none') return null;
  if (signIn.status === 'lost') {
    return (
      <div className="banner banner-danger" role="alert">
        <p>{t('device.failed', { reason: signIn.error.message })}</p>
        <button type="button" className="button button-quiet" onClick={dismissSignIn}>
          {t('actions.cancel')}
        </button>
      </div>
    );
  }
  const view = signIn.view;
  switch (view.status) {
    case 'starting':
      return (
        <div className="sign-in-panel" role="status">
          <p>{t('device.starting')}</p>
        </div>
      );
    case 'waiting':
      return (
        <div className="sign-in-panel" aria-labelledby="device-code-label">
          <p id="device-code-label" className="muted">
            {t('device.codeLabel')}
          </p>
          <p className="user-code" data-testid="user-code">
            {view.userCode}
          </p>
          <p>{t('device.instructions')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void openSignInPage()}>
              {t('device.open')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void cancelDeviceSignIn()}
            >
              {t('actions.cancel')}
            </button>
          </div>
          <p className="muted">{t('device.pageAddress', { url: view.verificationUri })}</p>
          <p role="status">
            {t('device.waiting', { time: formatDateTime(view.expiresAt, i18n.language) })}
          </p>
        </div>
      );
    case 'signed-in':
      return (
        <div className="banner banner-ok" role="status">
          <p>{t('device.signedIn', { name })}</p>
          <button type="button" className="button button-quiet" onClick={dismissSignIn}>
            {t('actions.cancel')}
          </button>
        </div>
      );
    case 'denied':
    case 'expired':
    case 'cancelled':
    case 'failed':
      return (
        <div
          className={`banner ${view.status === 'cancelled' ? 'banner-pending' : 'banner-danger'}`}
          role="alert"
        >
          <p>
            {view.status === 'failed'
              ? t('device.failed', { reason: view.reason })
              : t(`device.${view.status}`)}
          </p>
          <button type="button" className="button button-quiet" onClick={dismissSignIn}>
            {t('actions.cancel')}
          </button>
        </div>
      );
  }
}
