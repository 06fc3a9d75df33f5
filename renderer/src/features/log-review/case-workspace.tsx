import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { EventDialog } from './event-dialog';
import { EventTable } from './event-table';
import { ExportPanel } from './export-panel';
import { FacetPanel } from './facet-panel';
import { FilesPanel } from './files-panel';
import { FilterBar } from './filter-bar';
import { ImportStatus } from './import-status';
import { KeysPanel } from './keys-panel';
import { NoticeBanner } from './notice-banner';
import { TimeHistogram } from './time-histogram';

/** An open case: its files and imports, the review (filters, chart, table), exports, keys. */
export function CaseWorkspace({ info }: { readonly info: CaseInfo }) {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  return (
    <>
      <div className="case-actions">
        <p className="case-name">
          <span className="muted">{t('cases.current')} </span>
          <strong data-testid="case-name">{info.name}</strong>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void store.getState().startImport(t('import.dialogTitle'))}
        >
          {t('import.button')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void store.getState().closeCase()}
        >
          {t('cases.close')}
        </button>
      </div>
      <NoticeBanner />
      <ImportStatus />
      <FilesPanel files={info.files} />
      <div className="review-layout">
        <FacetPanel />
        <div className="review-main">
          <FilterBar tags={info.tags} />
          <TimeHistogram />
          <EventTable />
        </div>
      </div>
      <div className="case-footer">
        <ExportPanel />
        <KeysPanel />
      </div>
      <EventDialog />
    </>
  );
}
