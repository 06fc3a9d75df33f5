import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { ExportProfileDialog } from './export-profile-dialog';
import { stagedReview } from './review-model';
import { SavePlanDialog } from './save-plan-dialog';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

/** What is staged and what can be done with it; plans and profiles next to it. */
export function StagedBar() {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const staged = useSettings((s) => s.staged);
  const load = useSettings((s) => s.catalogue);
  const [dialog, setDialog] = useState<'plan' | 'profile' | null>(null);
  const settings = lastCatalogue(load)?.settings ?? [];
  const model = stagedReview(settings, staged);
  const count = model.lines.length;
  const actions = store.getState();

  return (
    <div className="staged-bar">
      <div className="staged-group" role="group" aria-label={t('staged.actions')}>
        <p className="staged-count" data-testid="staged-count" aria-live="polite">
          {count === 0 ? t('staged.none') : t('staged.count', { count })}
        </p>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => void actions.openReview()}
        >
          {t('staged.review')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={count === 0}
          onClick={() => {
            setDialog('plan');
          }}
        >
          {t('staged.savePlan')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={Object.keys(staged).length === 0}
          onClick={actions.clearStaged}
        >
          {t('staged.discard')}
        </button>
      </div>
      <div className="staged-group" role="group" aria-label={t('staged.files')}>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void actions.openPlan()}
        >
          {t('staged.openPlan')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void actions.importProfile()}
        >
          {t('staged.importProfile')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDialog('profile');
          }}
        >
          {t('staged.exportProfile')}
        </button>
      </div>
      <SavePlanDialog
        open={dialog === 'plan'}
        onClose={() => {
          setDialog(null);
        }}
      />
      <ExportProfileDialog
        open={dialog === 'profile'}
        onClose={() => {
          setDialog(null);
        }}
      />
    </div>
  );
}
