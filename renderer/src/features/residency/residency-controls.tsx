import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ResidencySnapshot } from '../../../../shared/ipc/schemas/residency';
import { useStores } from '../../app/stores';
import { categoryLabel, serviceLabel } from './residency-format';

/** Service, category and "only flagged": the map and the table follow the same choice. */
export function ResidencyViewControls({ snapshot }: { readonly snapshot: ResidencySnapshot }) {
  const { t } = useTranslation('residency');
  const store = useStores().residency;
  const view = useStore(store, (s) => s.view);
  const setView = useStore(store, (s) => s.setView);
  const serviceId = useId();
  const categoryId = useId();
  const flaggedId = useId();
  return (
    <fieldset className="filters">
      <legend>{t('view.label')}</legend>
      <label htmlFor={serviceId}>{t('view.service')}</label>
      <select
        id={serviceId}
        value={view.service ?? ''}
        onChange={(e) => {
          setView({ service: e.target.value === '' ? null : e.target.value });
        }}
      >
        <option value="">{t('view.all')}</option>
        {snapshot.byService.map((s) => (
          <option key={s.key} value={s.key}>
            {serviceLabel(s.key, t)}
          </option>
        ))}
      </select>
      <label htmlFor={categoryId}>{t('view.category')}</label>
      <select
        id={categoryId}
        value={view.category ?? ''}
        onChange={(e) => {
          setView({ category: e.target.value === '' ? null : e.target.value });
        }}
      >
        <option value="">{t('view.all')}</option>
        {snapshot.byCategory.map((c) => (
          <option key={c.key} value={c.key}>
            {categoryLabel(c.key, t)}
          </option>
        ))}
      </select>
      <span className="checkbox">
        <input
          id={flaggedId}
          type="checkbox"
          checked={view.onlyFlagged}
          onChange={(e) => {
            setView({ onlyFlagged: e.target.checked });
          }}
        />
        <label htmlFor={flaggedId}>{t('view.onlyFlagged')}</label>
      </span>
    </fieldset>
  );
}

export function ResidencyExportControls() {
  const { t } = useTranslation('residency');
  const store = useStores().residency;
  const exported = useStore(store, (s) => s.exported);
  const exportReport = useStore(store, (s) => s.exportReport);
  const busy = exported.status === 'saving';
  return (
    <div className="export-controls" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void exportReport('csv')}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void exportReport('html')}
      >
        {t('export.html')}
      </button>
      <p role="status" className="export-status">
        {exported.status === 'saving' ? t('export.saving') : null}
        {exported.status === 'saved' ? t('export.saved', { fileName: exported.fileName }) : null}
        {exported.status === 'cancelled' ? t('export.cancelled') : null}
      </p>
      {exported.status === 'failed' ? (
        <p role="alert" className="inline-error">
          {t('export.failed', { reason: exported.error.message })}
        </p>
      ) : null}
    </div>
  );
}
