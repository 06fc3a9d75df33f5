import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ResidencySnapshot } from '../../../../shared/ipc/schemas/residency';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { lastValue } from '../common/load';
import { ResidencyCounts } from './residency-counts';
import { ResidencyExportControls, ResidencyViewControls } from './residency-controls';
import { ResidencyMap } from './residency-map';
import { visibleFindings } from './residency-store';
import { LocationsTable } from './residency-table';

function ResidencyBody({ snapshot }: { readonly snapshot: ResidencySnapshot }) {
  const { t, i18n } = useTranslation('residency');
  const view = useStore(useStores().residency, (s) => s.view);
  const shown = visibleFindings(snapshot.findings, view);
  const commitment = snapshot.tenant.residencyCommitment;
  return (
    <>
      {snapshot.commitmentKnown ? null : (
        <div className="banner banner-warning" role="note">
          {t('unknownCommitment', { commitment })}
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('facts.tenant')}</dt>
          <dd>{snapshot.tenant.displayName}</dd>
        </div>
        <div>
          <dt>{t('facts.commitment')}</dt>
          <dd>{commitment}</dd>
        </div>
        <div>
          <dt>{t('facts.locations')}</dt>
          <dd data-testid="residency-total">{formatNumber(snapshot.total, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('facts.flagged')}</dt>
          <dd data-testid="residency-flagged">{formatNumber(snapshot.flagged, i18n.language)}</dd>
        </div>
      </dl>
      <ResidencyExportControls />
      <ResidencyCounts snapshot={snapshot} />
      <ResidencyViewControls snapshot={snapshot} />
      <p className="muted" role="status">
        {t('view.showing', {
          shown: formatNumber(shown.length, i18n.language),
          total: formatNumber(snapshot.total, i18n.language),
        })}
      </p>
      <ResidencyMap findings={shown} />
      <LocationsTable findings={shown} commitment={commitment} />
    </>
  );
}

export function ResidencyScreen() {
  const { t, i18n } = useTranslation('residency');
  const { t: tc } = useTranslation();
  const store = useStores().residency;
  const load = useStore(store, (s) => s.load);
  const refresh = useStore(store, (s) => s.refresh);
  useEffect(() => {
    if (store.getState().load.status === 'idle') void refresh();
  }, [store, refresh]);
  const snapshot = lastValue(load);
  const busy = load.status === 'loading';
  return (
    <section className="page residency-page" aria-labelledby="page-title" aria-busy={busy}>
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('title')}
        </h1>
        <button type="button" className="button" onClick={() => void refresh()}>
          {load.status === 'failed' && snapshot === null
            ? tc('actions.retry')
            : tc('actions.refresh')}
        </button>
      </div>
      <p className="muted" role="status">
        {busy ? t('loading') : null}
        {!busy && snapshot ? (
          <>
            {t('snapshotAt')}{' '}
            <time dateTime={snapshot.snapshotAt}>
              {formatDateTime(snapshot.snapshotAt, i18n.language)}
            </time>
          </>
        ) : null}
      </p>
      {load.status === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          {load.error.message}
        </div>
      ) : null}
      {snapshot?.origin.kind === 'cache' ? (
        <div className="banner banner-warning" role="alert">
          {t('cached', { reason: snapshot.origin.reason })}
        </div>
      ) : null}
      {snapshot ? <ResidencyBody snapshot={snapshot} /> : null}
    </section>
  );
}
