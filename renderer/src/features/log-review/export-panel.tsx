import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';

/** Export the view or the flagged events (CSV, JSON lines, Parquet), or the case summary. */
export function ExportPanel() {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  const [scope, setScope] = useState<'view' | 'flagged'>('view');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [summaryFormat, setSummaryFormat] = useState<'json' | 'markdown'>('markdown');
  return (
    <section className="panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store.getState().exportEvents(scope, format, t('export.dialogTitle'));
        }}
      >
        <label>
          <span>{t('export.scope')} </span>
          <select
            value={scope}
            onChange={(event) => {
              setScope(event.target.value === 'flagged' ? 'flagged' : 'view');
            }}
          >
            <option value="view">{t('export.scopeView')}</option>
            <option value="flagged">{t('export.scopeFlagged')}</option>
          </select>
        </label>
        <label>
          <span>{t('export.format')} </span>
          <select
            value={format}
            onChange={(event) => {
              const chosen = EXPORT_FORMATS.find((f) => f === event.target.value);
              if (chosen !== undefined) setFormat(chosen);
            }}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('export.button')}
        </button>
      </form>
      <p className="muted">{t('export.note')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store.getState().exportSummary(summaryFormat, t('export.summaryTitle'));
        }}
      >
        <label>
          <span>{t('export.summary')} </span>
          <select
            value={summaryFormat}
            onChange={(event) => {
              setSummaryFormat(event.target.value === 'json' ? 'json' : 'markdown');
            }}
          >
            <option value="markdown">{t('export.summaryFormats.markdown')}</option>
            <option value="json">{t('export.summaryFormats.json')}</option>
          </select>
        </label>
        <button type="submit" className="button">
          {t('export.summaryButton')}
        </button>
      </form>
    </section>
  );
}
