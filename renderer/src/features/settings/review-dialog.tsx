import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../shared/ipc/schemas/settings';
import { useStores } from '../../app/stores';
import { formatDateTime } from '../../i18n/format';
import { PushProgress } from './push-progress';
import { planReview, stagedReview, type ReviewModel } from './review-model';
import { SettingsDialog } from './settings-dialog';
import { lastCatalogue, type Review } from './settings-state';
import { useSettings } from './use-settings';

function useCategoryList() {
  const { t } = useTranslation('settings');
  return (list: readonly string[]) =>
    list.map((c) => t(`categories.${c as DataCategory}`)).join(', ');
}

function Effect({ model }: { readonly model: ReviewModel }) {
  const { t } = useTranslation('settings');
  const names = useCategoryList();
  const { stops, starts } = model.effect;
  return (
    <section className="review-effect" aria-labelledby="effect-heading">
      <h3 id="effect-heading">{t('review.effectHeading')}</h3>
      {stops.length === 0 && starts.length === 0 ? <p>{t('review.effectNone')}</p> : null}
      {stops.length > 0 ? (
        <p data-testid="effect-stops">{t('review.effectStops', { list: names(stops) })}</p>
      ) : null}
      {starts.length > 0 ? (
        <p data-testid="effect-starts">{t('review.effectStarts', { list: names(starts) })}</p>
      ) : null}
    </section>
  );
}

function ReviewTable({ model, plan }: { readonly model: ReviewModel; readonly plan: boolean }) {
  const { t } = useTranslation('settings');
  const names = useCategoryList();
  return (
    <table className="review-table" data-testid="review-table">
      <thead>
        <tr>
          <th scope="col">{t('review.columns.setting')}</th>
          <th scope="col">{t('review.columns.now')}</th>
          <th scope="col">{t('review.columns.after')}</th>
          <th scope="col">{t('review.columns.effect')}</th>
          {plan ? <th scope="col">{t('review.columns.reason')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {model.lines.map((line) => (
          <tr key={line.id} data-setting-id={line.id}>
            <th scope="row">
              {line.title} <code>{line.id}</code>
              {line.movedSince ? (
                <span className="moved-flag" data-testid="moved-flag">
                  {t(plan ? 'review.movedSincePlan' : 'review.movedSinceStaged', {
                    value: line.movedSince.currentLabel,
                  })}
                </span>
              ) : null}
            </th>
            <td>{line.oldLabel}</td>
            <td>{line.newLabel}</td>
            <td>
              {line.stopsFeeding.length > 0 ? (
                <span className="flow-stop">
                  {t('review.stops', { list: names(line.stopsFeeding) })}
                </span>
              ) : null}
              {line.startsFeeding.length > 0 ? (
                <span className="flow-start">
                  {t('review.starts', { list: names(line.startsFeeding) })}
                </span>
              ) : null}
              {line.stopsFeeding.length === 0 && line.startsFeeding.length === 0 ? (
                <span className="muted">{t('review.noFlowChange')}</span>
              ) : null}
            </td>
            {plan ? <td>{line.reason}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who prepared the plan: signed by the provider, or a warning that no one vouches for it. */
function PlanAuthorshipLine({ review }: { readonly review: Extract<Review, { kind: 'plan' }> }) {
  const { t, i18n } = useTranslation('settings');
  const { authorship, plan } = review;
  switch (authorship.status) {
    case 'attested':
      return (
        <p className="banner banner-ok" data-testid="plan-authorship" data-authorship="attested">
          {t('review.planSigned', {
            author: authorship.author,
            role: authorship.role,
            date: formatDateTime(authorship.signedAt, i18n.language),
          })}
        </p>
      );
    case 'unsigned':
      return (
        <p
          className="banner banner-warning"
          role="note"
          data-testid="plan-authorship"
          data-authorship="unsigned"
        >
          {t('review.planUnsigned', { author: plan.author })}
        </p>
      );
    case 'unverifiable':
      return (
        <p
          className="banner banner-warning"
          role="note"
          data-testid="plan-authorship"
          data-authorship="unverifiable"
        >
          {t('review.planUnverifiable', { author: plan.author, reason: authorship.reason })}
        </p>
      );
  }
}

function ReviewBody({ review }: { readonly review: Exclude<Review, { kind: 'closed' | 'job' }> }) {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const load = useSettings((s) => s.catalogue);
  const staged = useSettings((s) => s.staged);
  const [comment, setComment] = useState('');
  const catalogue = lastCatalogue(load);
  // The diff waits for the fresh read: what is confirmed is what is sent.
  if (load.status === 'loading' || catalogue === null) {
    return <p role="status">{t('review.reading')}</p>;
  }
  const model =
    review.kind === 'plan'
      ? planReview(catalogue.settings, review.plan)
      : stagedReview(catalogue.settings, staged);
  const blocked =
    catalogue.source === 'cache' || load.status === 'failed'
      ? t('review.cannotPush.offline')
      : !catalogue.caller.canPush
        ? t('review.cannotPush.role', { role: catalogue.caller.role })
        : model.changes.length === 0
          ? t('review.cannotPush.nothing')
          : model.changes.length > 100
            ? t('review.cannotPush.tooMany', { count: model.changes.length })
            : null;
  const count = model.changes.length;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (blocked === null) {
          void store
            .getState()
            .confirm(model.changes, review.kind === 'plan' ? model.comment : comment);
        }
      }}
    >
      {review.kind === 'plan' ? (
        <>
          <p>
            {t('review.planBy', {
              author: review.plan.author,
              time: formatDateTime(review.plan.createdAt, i18n.language),
            })}
          </p>
          <PlanAuthorshipLine review={review} />
        </>
      ) : null}
      {model.lines.length > 0 ? <ReviewTable model={model} plan={review.kind === 'plan'} /> : null}
      {model.problems.length > 0 ? (
        <section aria-labelledby="problems-heading">
          <h3 id="problems-heading">{t('review.problemsHeading')}</h3>
          <ul>
            {model.problems.map((p) => (
              <li key={p.id}>{t(`review.problems.${p.problem}`, { id: p.id, value: p.value })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Effect model={model} />
      {review.kind === 'staged' ? (
        <div className="field field-block">
          <label htmlFor="push-comment">{t('review.comment')}</label>
          <textarea
            id="push-comment"
            rows={2}
            maxLength={1000}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
        </div>
      ) : null}
      {blocked !== null ? (
        <p className="banner banner-warning" data-testid="cannot-push">
          {blocked}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={blocked !== null}>
          {t('review.confirm', { count })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={store.getState().closeReview}
        >
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Review, confirm and follow a push, in one dialog. */
export function ReviewDialog() {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const review = useSettings((s) => s.review);
  const push = useSettings((s) => s.push);
  const title =
    push.status !== 'idle' || review.kind === 'job'
      ? t('review.titleJob')
      : review.kind === 'plan'
        ? t('review.titlePlan', { fileName: review.fileName })
        : t('review.titleStaged');
  return (
    <SettingsDialog
      open={review.kind !== 'closed'}
      onOpenChange={(open) => {
        if (!open) store.getState().closeReview();
      }}
      title={title}
      description={t('review.nothingSent')}
      wide
      testId="review-dialog"
    >
      {push.status !== 'idle' || review.kind === 'job' ? (
        <PushProgress />
      ) : review.kind === 'closed' ? null : (
        <ReviewBody
          key={review.kind === 'plan' ? review.plan.integrity : 'staged'}
          review={review}
        />
      )}
    </SettingsDialog>
  );
}
