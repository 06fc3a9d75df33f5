import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ConnectionView, SecretStorage } from '../../../../shared/ipc/schemas/connections';
import { useStores } from '../../app/stores';
import { authText, connectionName, networkText, roleText } from './connection-text';
import { DeviceSignInPanel } from './device-sign-in-panel';

type Mode = 'view' | 'rename' | 'token' | 'remove';

function RenameForm({ view, done }: { readonly view: ConnectionView; readonly done: () => void }) {
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const [label, setLabel] = useState(view.label ?? '');
  const inputId = `rename-${view.id}`;
  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (await store.getState().rename(view.id, label.trim() === '' ? null : label.trim())) done();
  }
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>{t('rename.label')}</label>
      <input
        id={inputId}
        maxLength={80}
        value={label}
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => {
          setLabel(event.target.value);
        }}
      />
      <p id={`${inputId}-hint`} className="muted hint">
        {t('rename.hint')}
      </p>
      <div className="actions">
        <button type="submit" className="button">
          {t('actions.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={done}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

function TokenForm({ view, done }: { readonly view: ConnectionView; readonly done: () => void }) {
  const { t } = useTranslation('connections');
  const store = useStores().connections;
  const [token, setToken] = useState('');
  const inputId = `token-${view.id}`;
  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const ok = await store.getState().signInWithToken(view.id, token.trim());
    // Either way the field empties: a token is not kept in the page longer than needed.
    setToken('');
    if (ok) done();
  }
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>{t('token.label')}</label>
      <input
        id={inputId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={4096}
        value={token}
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => {
          setToken(event.target.value);
        }}
      />
      <p id={`${inputId}-hint`} className="muted hint">
        {t('token.hint')}
      </p>
      <div className="actions">
        <button type="submit" className="button">
          {t('token.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={done}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ConnectionCard({
  view,
  isActive,
  secretStorage,
}: {
  readonly view: ConnectionView;
  readonly isActive: boolean;
  readonly secretStorage: SecretStorage;
}) {
  const { t, i18n } = useTranslation('connections');
  const store = useStores().connections;
  const action = useStore(store, (state) => state.action);
  const signIn = useStore(store, (state) => state.signIn);
  const [mode, setMode] = useState<Mode>('view');
  const name = connectionName(view, t);
  const headingId = `connection-${view.id}`;
  const actions = store.getState();
  const remote = view.kind === 'remote';
  const signedIn = view.auth.state === 'signed-in';
  const mine = action.status !== 'idle' && action.connectionId === view.id;
  const busy = mine && action.status === 'busy';
  const signInHere =
    (signIn.status === 'following' && signIn.view.connectionId === view.id) ||
    (signIn.status === 'lost' && signIn.connectionId === view.id);
  const signingIn =
    signIn.status === 'following' &&
    signIn.view.connectionId === view.id &&
    (signIn.view.status === 'starting' || signIn.view.status === 'waiting');
  const close = () => {
    setMode('view');
  };

  return (
    <section
      className={`connection-card${isActive ? ' connection-active' : ''}`}
      aria-labelledby={headingId}
      data-connection-id={view.id}
    >
      <div className="connection-head">
        <h2 id={headingId}>{name}</h2>
        {isActive ? <span className="badge badge-ok">{t('active')}</span> : null}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('facts.address')}</dt>
          <dd>{view.url}</dd>
        </div>
        <div>
          <dt>{t('facts.tenant')}</dt>
          <dd>{view.tenant?.displayName ?? t('roles.unknown')}</dd>
        </div>
        <div>
          <dt>{t('facts.role')}</dt>
          <dd>{roleText(view.role, t)}</dd>
        </div>
        <div>
          <dt>{t('facts.signIn')}</dt>
          <dd data-auth={view.auth.state}>
            {authText(view, t, i18n.language, secretStorage.kind)}
          </dd>
        </div>
        <div>
          <dt>{t('facts.network')}</dt>
          <dd data-network={view.network.state}>{networkText(view, t, i18n.language)}</dd>
        </div>
      </dl>

      {mode === 'rename' ? <RenameForm view={view} done={close} /> : null}
      {mode === 'token' ? <TokenForm view={view} done={close} /> : null}
      {mode === 'remove' ? (
        <div className="banner banner-warning">
          <p>{t('remove.confirm', { name })}</p>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void actions.remove(view.id)}
          >
            {t('remove.confirmButton')}
          </button>
          <button type="button" className="button button-quiet" onClick={close}>
            {t('actions.cancel')}
          </button>
        </div>
      ) : null}
      {signInHere ? <DeviceSignInPanel name={name} /> : null}

      {mode === 'view' ? (
        <div className="actions">
          {isActive ? null : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void actions.switchTo(view.id)}
            >
              {t('actions.use')}
            </button>
          )}
          {remote && !signedIn && !signingIn ? (
            <>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void actions.startDeviceSignIn(view.id)}
              >
                {t('actions.signInBrowser')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  setMode('token');
                }}
              >
                {t('actions.pasteToken')}
              </button>
            </>
          ) : null}
          {remote &&
          signedIn &&
          view.auth.state === 'signed-in' &&
          view.auth.storage === 'session' &&
          secretStorage.kind === 'weak' ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void actions.keepSignedIn(view.id)}
            >
              {t('actions.keepSignedIn')}
            </button>
          ) : null}
          {remote && signedIn ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void actions.signOut(view.id)}
            >
              {t('actions.signOut')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setMode('rename');
            }}
          >
            {t('actions.rename')}
          </button>
          {remote ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setMode('remove');
              }}
            >
              {t('actions.remove')}
            </button>
          ) : null}
        </div>
      ) : null}

      {mine && action.status === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>{t('errors.title')}:</strong> {action.error.message}
          </p>
        </div>
      ) : null}
    </section>
  );
}
