import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushJob, Setting } from '../../../../shared/ipc/schemas/settings';
import { useStores } from '../../app/stores';
import { valueLabel } from './catalogue-filter';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

type State = PushJob['state'];

/** Re-renders every second while `active`, for the retry countdown. */
function useTick(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

function useLabels() {
  const load = useSettings((s) => s.catalogue);
  const byId = new Map((lastCatalogue(load)?.settings ?? []).map((s) => [s.id, s]));
  return {
    title: (id: string) => byId.get(id)?.title ?? id,
    label: (id: string, value: string) => {
      const setting: Setting | undefined = byId.get(id);
      return setting ? valueLabel(setting, value) : value;
    },
  };
}

function Results({ state }: { readonly state: Extract<State, { status: 'done' }> }) {
  const { t } = useTranslation('settings');
  const labels = useLabels();
  if (state.results.length === 0 && state.keptTheirs.length > 0) {
    return <p>{t('push.doneNothing')}</p>;
  }
  return (
    <>
      <p className="banner banner-ok" role="status" data-testid="push-done">
        {t('push.done')}
      </p>
      <table className="review-table" data-testid="push-results">
        <thead>
          <tr>
            <th scope="col">{t('push.results.setting')}</th>
            <th scope="col">{t('push.results.before')}</th>
            <th scope="col">{t('push.results.after')}</th>
            <th scope="col">{t('push.results.result')}</th>
          </tr>
        </thead>
        <tbody>
          {state.results.map((r) => (
            <tr key={r.id} data-setting-id={r.id}>
              <th scope="row">{labels.title(r.id)}</th>
              <td>{labels.label(r.id, r.oldValue)}</td>
              <td>{labels.label(r.id, r.newValue)}</td>
              <td data-result={r.status}>{t(`push.results.${r.status}`)}</td>
            </tr>
          ))}
          {state.keptTheirs.map((id) => (
            <tr key={id} data-setting-id={id}>
              <th scope="row">{labels.title(id)}</th>
              <td colSpan={2} />
              <td data-result="kept-theirs">{t('push.results.keptTheirs')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ConflictChoice({ state }: { readonly state: Extract<State, { status: 'conflict' }> }) {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const labels = useLabels();
  const mine = new Map(state.plan.changes.map((c) => [c.settingId, c.value]));
  return (
    <div data-testid="push-conflict">
      <p className="banner banner-warning" role="alert">
        {t('push.conflict', { count: state.conflicts.length })}
      </p>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">{t('push.conflictColumns.setting')}</th>
            <th scope="col">{t('push.conflictColumns.theirs')}</th>
            <th scope="col">{t('push.conflictColumns.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {state.conflicts.map((c) => (
            <tr key={c.id} data-setting-id={c.id}>
              <th scope="row">{labels.title(c.id)}</th>
              <td data-testid="their-value">{labels.label(c.id, c.current.currentValue)}</td>
              <td>{labels.label(c.id, mine.get(c.id) ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="choice">
        <button
          type="button"
          className="button"
          aria-describedby="keep-theirs-hint"
          onClick={() => void store.getState().resolveConflict('keep-theirs')}
        >
          {t('push.keepTheirs')}
        </button>
        <span id="keep-theirs-hint" className="muted">
          {t('push.keepTheirsHint')}
        </span>
      </div>
      <div className="choice">
        <button
          type="button"
          className="button"
          aria-describedby="reapply-hint"
          onClick={() => void store.getState().resolveConflict('reapply-mine')}
        >
          {t('push.reapplyMine')}
        </button>
        <span id="reapply-hint" className="muted">
          {t('push.reapplyMineHint')}
        </span>
      </div>
    </div>
  );
}

function Failed({ state }: { readonly state: Extract<State, { status: 'failed' }> }) {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  return (
    <div data-testid="push-failed">
      <p className="banner banner-danger" role="alert">
        {t('push.failed', { reason: state.reason })}
      </p>
      <p>{state.canResend ? t('push.resendSafe') : t('push.refused')}</p>
      <div className="dialog-actions">
        {state.canResend ? (
          <button
            type="button"
            className="button"
            onClick={() => void store.getState().resendPush()}
          >
            {t('push.resend')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().discardPush()}
        >
          {t('push.discard')}
        </button>
      </div>
    </div>
  );
}

function InFlight({ job, receivedAtMs }: { readonly job: PushJob; readonly receivedAtMs: number }) {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const { state } = job;
  const now = useTick(state.status === 'waiting-retry');
  let line: string;
  switch (state.status) {
    case 'saved':
      line = t('push.saved');
      break;
    case 'sending':
      line = t('push.sending', { count: state.plan.changes.length, attempt: state.attempt });
      break;
    case 'waiting-retry': {
      // The retry time is on main's clock; the offset since it was read is on ours.
      const remainingMs = state.retryAtMs - (job.nowMs + (now - receivedAtMs));
      line = t('push.waiting', {
        attempt: state.attempt,
        reason: state.reason,
        seconds: Math.max(0, Math.ceil(remainingMs / 1000)),
      });
      break;
    }
    default:
      line = t('push.starting');
  }
  return (
    <div>
      <p role="status" data-testid="push-status" data-status={state.status}>
        {line}
      </p>
      <progress aria-label={t('push.progress')} />
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().cancelPush()}
        >
          {t('push.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Where the push is: sending, waiting to retry, done (per setting), conflict or failed. */
export function PushProgress() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const push = useSettings((s) => s.push);
  let body;
  if (push.status === 'error') {
    body = (
      <p className="banner banner-danger" role="alert">
        {t('push.error', { reason: push.error.message })}
      </p>
    );
  } else if (push.status !== 'tracking') {
    body = <p role="status">{t('push.starting')}</p>;
  } else {
    const { state } = push.job;
    switch (state.status) {
      case 'done':
        body = <Results state={state} />;
        break;
      case 'conflict':
        body = <ConflictChoice state={state} />;
        break;
      case 'failed':
        body = <Failed state={state} />;
        break;
      case 'discarded':
        body = <p role="status">{t('push.discarded')}</p>;
        break;
      default:
        body = <InFlight job={push.job} receivedAtMs={push.receivedAtMs} />;
    }
  }
  const settled =
    push.status === 'error' ||
    (push.status === 'tracking' &&
      (push.job.state.status === 'done' || push.job.state.status === 'discarded'));
  return (
    <div className="push-progress" aria-live="polite">
      {body}
      {settled ? (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={store.getState().closeReview}>
            {tc('actions.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
