import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { formatNumber } from '../../i18n/format';
import { formatDuration, jobOutcome } from './format';

/** The running import (progress, estimate, cancel) or how the last one ended. */
export function ImportStatus() {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const job = useStore(store, (state) => state.job);
  if (job === null) return null;
  if (job.state !== 'running') {
    const outcome = jobOutcome(job, t, i18n.language);
    return (
      <div
        className={`banner banner-${outcome.tone}`}
        role={outcome.tone === 'danger' ? 'alert' : 'status'}
      >
        <p data-testid="import-outcome">{outcome.text}</p>
      </div>
    );
  }
  const percent = job.percent === null ? null : Math.round(job.percent);
  return (
    <div className="panel import-status" role="group" aria-labelledby="import-running">
      <p id="import-running">
        <strong>{t('import.running', { name: job.fileName })}</strong> ·{' '}
        {t(`import.phases.${job.phase}`)}
      </p>
      <progress
        aria-label={t('import.progressLabel')}
        max={100}
        {...(percent === null ? {} : { value: percent })}
      />
      <p className="muted" aria-live="polite">
        {percent === null ? null : (
          <>{t('import.percent', { percent: formatNumber(percent, i18n.language) })} · </>
        )}
        {t('import.elapsed', { time: formatDuration(job.elapsedMs, i18n.language) })}
        {job.estimateMs === null ? null : (
          <> · {t('import.remaining', { time: formatDuration(job.estimateMs, i18n.language) })}</>
        )}
      </p>
      {job.firstRowsVisible ? <p>{t('import.firstRows')}</p> : null}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void store.getState().cancelImport()}
      >
        {t('import.cancel')}
      </button>
    </div>
  );
}
