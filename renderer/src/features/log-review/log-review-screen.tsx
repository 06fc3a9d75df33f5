import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { CasePicker } from './case-picker';
import { CaseWorkspace } from './case-workspace';

/** The Log review section: pick or create a case, then review it. */
export function LogReviewScreen() {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  const current = useStore(store, (state) => state.current);
  // Until the first answer it is not known whether a case is open: show neither view yet.
  const known = useStore(
    store,
    (state) => state.cases.status === 'ready' || state.cases.status === 'failed',
  );

  useEffect(() => {
    if (store.getState().cases.status === 'idle') void store.getState().loadCases();
  }, [store]);

  return (
    <section className="page log-review" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('title')}
      </h1>
      {current.status === 'open' ? (
        <CaseWorkspace info={current.info} />
      ) : known || current.status !== 'none' ? (
        <CasePicker />
      ) : (
        <p role="status">{t('cases.loading')}</p>
      )}
    </section>
  );
}
