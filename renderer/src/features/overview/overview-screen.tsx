import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Overview } from '../../../../shared/ipc/schemas/tenant';
import { useStores } from '../../app/stores';
import { summarizeConnection } from './connection-summary';
import { formatFetchedAt } from './format';
import { HeadlineCounts } from './headline-counts';
import { lastOverview } from './overview-store';

function TenantFacts({ overview }: { readonly overview: Overview }) {
  const summary = summarizeConnection({ status: 'ready', overview });
  return (
    <dl className="facts">
      <div>
        <dt>Residency commitment</dt>
        <dd>{overview.tenant?.residencyCommitment ?? 'Unknown'}</dd>
      </div>
      <div>
        <dt>Customer lockbox</dt>
        <dd>{overview.tenant ? (overview.tenant.lockboxEnabled ? 'On' : 'Off') : 'Unknown'}</dd>
      </div>
      <div>
        <dt>Connection</dt>
        <dd data-connection={overview.connection.state}>
          <span className={`badge badge-${summary.tone}`}>{summary.label}</span>
        </dd>
      </div>
    </dl>
  );
}

export function OverviewScreen() {
  const store = useStores().overview;
  const load = useStore(store, (state) => state.load);
  const refresh = useStore(store, (state) => state.refresh);
  const overview = lastOverview(load);
  const connection = summarizeConnection(load);

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
          {overview?.tenant?.displayName ?? 'Overview'}
        </h1>
        <button type="button" className="button" onClick={() => void refresh()}>
          {unread && connection.reason !== null ? 'Retry' : 'Refresh'}
        </button>
      </div>
      <p className="muted" role="status">
        {busy ? (
          'Loading the latest figures…'
        ) : overview?.fetchedAt ? (
          <>
            Figures as of{' '}
            <time dateTime={overview.fetchedAt}>{formatFetchedAt(overview.fetchedAt)}</time>
          </>
        ) : null}
      </p>
      {connection.reason !== null ? (
        <div className={`banner banner-${connection.tone}`} role="alert">
          <strong>{connection.label}.</strong> {connection.reason}
          {unread ? (
            <> The figures could not be read; check the provider and select Retry.</>
          ) : null}
        </div>
      ) : null}
      {overview ? (
        <>
          <TenantFacts overview={overview} />
          <h2 id="headline-figures">Headline figures</h2>
          <HeadlineCounts counts={overview.counts} />
        </>
      ) : null}
    </section>
  );
}
