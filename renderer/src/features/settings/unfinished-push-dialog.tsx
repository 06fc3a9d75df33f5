import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import { SettingsDialog } from './settings-dialog';
import { useSettings } from './use-settings';

/**
 * Asked at start when an earlier run left a push unfinished: complete it (safely, with the same
 * idempotency key) or discard it. Nothing is sent without the administrator's answer.
 */
export function UnfinishedPushDialog({ onResume }: { readonly onResume: () => void }) {
  const { t, i18n } = useTranslation('settings');
  const store = useStores().settings;
  const unfinished = useSettings((s) => s.unfinished);
  const open = unfinished.status === 'open';
  const job = open ? unfinished.job : null;
  const notice = open ? unfinished.notice : null;
  const state = job?.state;
  const plan = state && 'plan' in state ? state.plan : null;
  const actions = store.getState();

  let detail: string | null = null;
  let primary: string = t('unfinished.complete');
  if (state?.status === 'saved') {
    detail = state.idempotencyKey === null ? t('unfinished.neverSent') : t('unfinished.safe');
  } else if (state?.status === 'conflict') {
    detail = t('unfinished.conflict');
    primary = t('unfinished.open');
  } else if (state?.status === 'failed') {
    detail = t('unfinished.failed', { reason: state.reason });
    if (!state.canResend) primary = t('unfinished.open');
  }

  return (
    <SettingsDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) actions.postponeUnfinished();
      }}
      title={t('unfinished.title')}
      description={
        plan
          ? t('unfinished.body', {
              count: plan.changes.length,
              time: formatDateTime(plan.createdAt, i18n.language),
            })
          : t('unfinished.unreadable', { notice: notice ?? '' })
      }
      testId="unfinished-dialog"
    >
      {detail !== null ? <p>{detail}</p> : null}
      {plan ? (
        <ul className="unfinished-changes">
          {plan.changes.map((c) => (
            <li key={c.settingId}>
              <code>{t('unfinished.change', { id: c.settingId, value: c.value })}</code>
            </li>
          ))}
        </ul>
      ) : null}
      {plan && notice !== null ? <p className="muted">{notice}</p> : null}
      <div className="dialog-actions">
        {job ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              onResume();
              void actions.resumeUnfinished();
            }}
          >
            {primary}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void actions.discardUnfinished()}
        >
          {t('unfinished.discard')}
        </button>
        {job ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={actions.postponeUnfinished}
          >
            {t('unfinished.later')}
          </button>
        ) : null}
      </div>
    </SettingsDialog>
  );
}
