import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Overview } from '../../../../shared/ipc/schemas/tenant';
import { useStores } from '../../app/stores';
import { summarizeConnection } from './connection-summary';
import { formatDateTime } from '../../i18n/format';
import { OverviewAlerts } from '../access/overview-alerts';
import { HeadlineCounts } from './headline-counts';
import { lastOverview } from './overview-store';

function TenantFacts({ overview }: { readonly overview: Overview }) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const summary = summarizeConnection({ status: 'ready', overview }, tc);
  return (
    <dl className="facts">
      <div>
        <dt>{t('facts.commitment')}</dt>
        <dd>{overview.tenant?.residencyCommitment ?? t('facts.unknown')}</dd>
      </div>
      <div>
        <dt>{t('facts.lockbox')}</dt>
        <dd>
          {overview.tenant
            ? t(overview.tenant.lockboxEnabled ? 'facts.on' : 'facts.off')
            : t('facts.unknown')}
        </dd>
      </div>
      <div>
        <dt>{t('facts.connection')}</dt>
        <dd data-connection={overview.connection.state}>
          <span className={`badge badge-${summary.tone}`}>{summary.label}</span>
        </dd>
      </div>
    </dl>
  );
}

export function OverviewScreen() {
  const { t, i18n } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const store = useStores().overview;
  const load = useStore(store, (state) => state.load);
  const refresh = useStore(store, (state) => state.refresh);
  const overview = lastOverview(load);
  const connection = summarizeConnection(load, tc);

  useEffect(() => {
    if (store.getState().load.status === 'idle') void refresh();
  }, [store, refresh]);

  const busy = load.status === 'loading';
  // Offline or failed before any tenant was read: there is nothing to refresh, only to retry.
  const unread = !overview?.tenant;
  return (
    <section className="page" aria-labelledby="page-title" aria-busy={busy}>
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {overview?.tenant?.displayName ?? t('title')}
        </h1>
        <button type="button" className="button" onClick={() => void refresh()}>
          {unread && connection.reason !== null ? tc('actions.retry') : tc('actions.refresh')}
        </button>
      </div>
      <p className="muted" role="status">
        {busy ? (
          t('loading')
        ) : overview?.fetchedAt ? (
          <>
            {t('asOf')}{' '}
            <time dateTime={overview.fetchedAt}>
              {formatDateTime(overview.fetchedAt, i18n.language)}
            </time>
          </>
        ) : null}
      </p>
      {connection.reason !== null ? (
        <div className={`banner banner-${connection.tone}`} role="alert">
          <strong>{connection.label}.</strong> {connection.reason}
          {unread ? <> {t('unread')}</> : null}
        </div>
      ) : null}
      {overview ? (
        <>
          <TenantFacts overview={overview} />
          <h2 id="headline-figures">{t('headlineFigures')}</h2>
          <HeadlineCounts counts={overview.counts} />
          <OverviewAlerts />
        </>
      ) : null}
    </section>
  );
}
