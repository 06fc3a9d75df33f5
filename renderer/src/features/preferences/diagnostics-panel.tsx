import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import type { DiagnosticsExportState } from '../diagnostics/diagnostics-store';

function ExportStatus({ state }: { readonly state: DiagnosticsExportState }) {
  const { t } = useTranslation('preferences');
  switch (state.status) {
    case 'idle':
      return null;
    case 'exporting':
      return <>{t('diagnostics.exporting')}</>;
    case 'failed':
      return <>{t('diagnostics.failed', { reason: state.error.message })}</>;
    case 'done':
      return state.result.status === 'cancelled' ? (
        <>{t('diagnostics.cancelled')}</>
      ) : (
        <>
          {t('diagnostics.saved', {
            file: state.result.fileName,
            logs: state.result.logFiles,
            dumps: state.result.crashDumps,
          })}
        </>
      );
  }
}

export function DiagnosticsPanel() {
  const { t } = useTranslation('preferences');
  const store = useStores().diagnostics;
  const state = useStore(store, (s) => s.export);
  const exportDiagnostics = useStore(store, (s) => s.exportDiagnostics);
  return (
    <section className="panel" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('diagnostics.heading')}</h2>
      <p>{t('diagnostics.body')}</p>
      <button
        type="button"
        className="button"
        disabled={state.status === 'exporting'}
        onClick={() => void exportDiagnostics()}
      >
        {t('diagnostics.export')}
      </button>
      <p className={state.status === 'failed' ? 'inline-error' : 'muted'} role="status">
        <ExportStatus state={state} />
      </p>
    </section>
  );
}
