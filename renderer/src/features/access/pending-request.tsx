import { useTranslation } from 'react-i18next';
import type { AccessRequest, DecisionKind } from '../../../../shared/ipc/schemas/access-requests';
import { formatDateTime } from '../../i18n/format';
import { timeLeft } from './time-left';

export function PendingRequest({
  request,
  now,
  canDecide,
  whyNotId,
  onDecide,
}: {
  readonly request: AccessRequest;
  readonly now: number;
  readonly canDecide: boolean;
  /** The note that says why the buttons are off, for aria-describedby. */
  readonly whyNotId: string | undefined;
  readonly onDecide: (request: AccessRequest, decision: DecisionKind) => void;
}) {
  const { t, i18n } = useTranslation('access');
  const left = timeLeft(request.expiresAt, now, i18n.language);
  const titleId = `request-${request.id}`;
  return (
    <li>
      <article className="request-card" aria-labelledby={titleId} data-request={request.id}>
        <h3 id={titleId}>
          {request.id} · {request.requester} <span className="muted">({request.requesterOrg})</span>
        </h3>
        <dl className="detail-fields">
          <div>
            <dt>{t('requests.justification')}</dt>
            <dd>{request.justification}</dd>
          </div>
          <div>
            <dt>{t('requests.ticket')}</dt>
            <dd>{request.ticket}</dd>
          </div>
          <div>
            <dt>{t('requests.resources')}</dt>
            <dd>
              <ul className="plain-list">
                {request.resources.map((r) => (
                  <li key={r}>
                    <code>{r}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('requests.duration')}</dt>
            <dd>{t('requests.hours', { count: request.requestedDurationHours })}</dd>
          </div>
          <div>
            <dt>{t('requests.created')}</dt>
            <dd>{formatDateTime(request.createdAt, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('requests.expires')}</dt>
            <dd>
              {formatDateTime(request.expiresAt, i18n.language)}{' '}
              <strong className="badge badge-warning" data-testid="time-left">
                {left === null ? t('requests.expired') : t('requests.timeLeft', { time: left })}
              </strong>
            </dd>
          </div>
        </dl>
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            disabled={!canDecide}
            aria-describedby={whyNotId}
            onClick={() => {
              onDecide(request, 'approve');
            }}
          >
            {t('requests.approve')}
            <span className="visually-hidden"> {request.id}</span>
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={!canDecide}
            aria-describedby={whyNotId}
            onClick={() => {
              onDecide(request, 'deny');
            }}
          >
            {t('requests.deny')}
            <span className="visually-hidden"> {request.id}</span>
          </button>
        </div>
      </article>
    </li>
  );
}
