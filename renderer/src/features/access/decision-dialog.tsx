import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type { AccessRequest, DecisionKind } from '../../../../shared/ipc/schemas/access-requests';
import { useStores } from '../../app/stores';
import { ModalDialog } from './modal-dialog';

export interface DecisionTarget {
  readonly request: AccessRequest;
  readonly decision: DecisionKind;
}

type Sending =
  | { readonly status: 'editing'; readonly missing: boolean }
  | { readonly status: 'sending' }
  | { readonly status: 'failed'; readonly error: IpcError };

const editing: Sending = { status: 'editing', missing: false };

/** Asks for the reason, sends the decision, and shows the provider's refusal if it refuses. */
export function DecisionDialog({
  target,
  onClose,
}: {
  readonly target: DecisionTarget | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('access');
  const decide = useStores().accessRequests.getState().decide;
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState<Sending>(editing);
  const [seen, setSeen] = useState(target);
  if (seen !== target) {
    setSeen(target);
    setReason('');
    setSending(editing);
  }
  const ids = { title: useId(), body: useId(), reason: useId(), error: useId() };
  const request = target?.request;
  const kind = target?.decision ?? 'approve';

  const submit = async () => {
    if (!target) return;
    if (reason.trim() === '') {
      setSending({ status: 'editing', missing: true });
      return;
    }
    setSending({ status: 'sending' });
    const result = await decide(target.request.id, target.decision, reason.trim());
    if (result.ok) onClose();
    else setSending({ status: 'failed', error: result.error });
  };

  const problem =
    sending.status === 'failed'
      ? sending.error.message
      : sending.status === 'editing' && sending.missing
        ? t('dialog.reasonRequired')
        : null;
  return (
    <ModalDialog
      open={target !== null}
      labelledBy={ids.title}
      describedBy={ids.body}
      onClose={onClose}
    >
      {request ? (
        <form
          className="decision-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2 id={ids.title}>
            {t(kind === 'approve' ? 'dialog.approveTitle' : 'dialog.denyTitle', { id: request.id })}
          </h2>
          <p id={ids.body}>
            {kind === 'approve'
              ? t('dialog.approveBody', {
                  requester: request.requester,
                  resources: request.resources.join(', '),
                  hours: request.requestedDurationHours,
                })
              : t('dialog.denyBody', {
                  requester: request.requester,
                  resources: request.resources.join(', '),
                })}
          </p>
          <label htmlFor={ids.reason}>{t('dialog.reason')}</label>
          <textarea
            id={ids.reason}
            value={reason}
            rows={3}
            maxLength={1000}
            aria-required="true"
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : ids.error}
            onChange={(e) => {
              setReason(e.target.value);
            }}
          />
          {problem === null ? null : (
            <p id={ids.error} role="alert" className="inline-error">
              {problem}
            </p>
          )}
          <p role="status">{sending.status === 'sending' ? t('dialog.sending') : null}</p>
          <div className="dialog-actions">
            <button
              type="submit"
              className={kind === 'approve' ? 'button' : 'button button-danger'}
              disabled={sending.status === 'sending'}
            >
              {t(kind === 'approve' ? 'requests.approve' : 'requests.deny')}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </ModalDialog>
  );
}
