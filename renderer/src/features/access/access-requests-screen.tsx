import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Decider } from '../../../../shared/ipc/schemas/access-requests';
import { useStores } from '../../app/stores';
import { lastValue } from '../common/load';
import { DecidedRequests } from './decided-requests';
import { DecisionDialog, type DecisionTarget } from './decision-dialog';
import { PendingRequest } from './pending-request';
import { splitRequests } from './requests-order';
import { TransparencyReportSection } from './transparency-report';
import { useNow } from './use-now';

const whyNotId = 'decider-note';

function DeciderNote({ decider }: { readonly decider: Decider }) {
  const { t } = useTranslation('access');
  switch (decider.status) {
    case 'allowed':
      return (
        <p className="muted" id={whyNotId}>
          {t('requests.allowed', { role: t(`requests.role.${decider.role}`) })}
        </p>
      );
    case 'not-allowed':
      return (
        <p className="banner banner-warning" id={whyNotId} data-testid="decider-note">
          {t('requests.notAllowed', { role: t(`requests.role.${decider.role}`) })}
        </p>
      );
    case 'unknown':
      return (
        <p className="banner banner-warning" id={whyNotId}>
          {t('requests.roleUnknown', { reason: decider.message })}
        </p>
      );
  }
}

export function AccessRequestsScreen() {
  const { t } = useTranslation('access');
  const { t: tc } = useTranslation();
  const store = useStores().accessRequests;
  const load = useStore(store, (s) => s.load);
  const lastDecision = useStore(store, (s) => s.lastDecision);
  const refresh = useStore(store, (s) => s.refresh);
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  const now = useNow();
  useEffect(() => {
    void store.getState().open();
  }, [store]);
  // After a decision its card leaves the list: once the dialog has closed (and given focus back
  // to a button that no longer exists), focus goes to the list's heading, not the body.
  const focusAfter = useRef<typeof lastDecision>(null);
  useEffect(() => {
    if (lastDecision !== null && focusAfter.current !== lastDecision && target === null) {
      focusAfter.current = lastDecision;
      pendingHeading.current?.focus();
    }
  }, [lastDecision, target]);

  const list = lastValue(load);
  const { pending, decided } = splitRequests(list?.requests ?? []);
  // Unknown role: leave the buttons on and let the provider decide (its refusal shows cleanly).
  const canDecide = list?.decider.status !== 'not-allowed';
  return (
    <section
      className="page requests-page"
      aria-labelledby="page-title"
      aria-busy={load.status === 'loading'}
    >
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('requests.title')}
        </h1>
        <button type="button" className="button" onClick={() => void refresh()}>
          {tc('actions.refresh')}
        </button>
      </div>
      <p className="muted">{t('requests.intro')}</p>
      <p role="status" data-testid="decision-status">
        {load.status === 'loading' && list === null ? t('requests.loading') : null}
        {lastDecision
          ? t(`requests.announced.${lastDecision.decision}`, { id: lastDecision.id })
          : null}
      </p>
      {load.status === 'failed' ? (
        <p role="alert" className="banner banner-danger">
          {t('requests.failed', { reason: load.error.message })}
        </p>
      ) : null}
      {list ? (
        <>
          <DeciderNote decider={list.decider} />
          <h2 id="pending-title" ref={pendingHeading} tabIndex={-1}>
            {t('requests.pending', { count: pending.length })}
          </h2>
          {pending.length === 0 ? <p>{t('requests.noPending')}</p> : null}
          <ul className="request-list">
            {pending.map((request) => (
              <PendingRequest
                key={request.id}
                request={request}
                now={now}
                canDecide={canDecide}
                whyNotId={canDecide ? undefined : whyNotId}
                onDecide={(r, decision) => {
                  setTarget({ request: r, decision });
                }}
              />
            ))}
          </ul>
          <h2>{t('requests.decided', { count: decided.length })}</h2>
          {decided.length === 0 ? (
            <p>{t('requests.noDecided')}</p>
          ) : (
            <DecidedRequests requests={decided} />
          )}
        </>
      ) : null}
      <TransparencyReportSection />
      <DecisionDialog
        target={target}
        onClose={() => {
          setTarget(null);
        }}
      />
    </section>
  );
}
