import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { stagedReview } from './review-model';
import { SettingsDialog } from './settings-dialog';
import { lastCatalogue } from './settings-state';
import { useSettings } from './use-settings';

/** The staged changes as a change plan file: each with the reason the administrator will read. */
export function SavePlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const staged = useSettings((s) => s.staged);
  const load = useSettings((s) => s.catalogue);
  const [saving, setSaving] = useState(false);
  const model = stagedReview(lastCatalogue(load)?.settings ?? [], staged);
  const missing = model.lines.some((line) => (staged[line.id]?.reason ?? '').trim() === '');

  async function save() {
    setSaving(true);
    const changes = model.changes.map((c) => ({
      ...c,
      reason: (staged[c.settingId]?.reason ?? '').trim(),
    }));
    const saved = await store.getState().savePlan(changes);
    setSaving(false);
    if (saved) onClose();
  }

  return (
    <SettingsDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('savePlan.title')}
      description={t('savePlan.body')}
      testId="save-plan-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!missing) void save();
        }}
      >
        {model.lines.map((line) => (
          <div className="field field-block" key={line.id}>
            <label htmlFor={`reason-${line.id}`}>
              {t('savePlan.reasonFor', { title: line.title, value: line.newLabel })}
            </label>
            <textarea
              id={`reason-${line.id}`}
              rows={2}
              maxLength={2000}
              required
              value={staged[line.id]?.reason ?? ''}
              onChange={(event) => {
                store.getState().setReason(line.id, event.target.value);
              }}
            />
          </div>
        ))}
        {missing ? <p className="muted">{t('savePlan.missing')}</p> : null}
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={missing || saving}>
            {t('savePlan.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tc('actions.cancel')}
          </button>
        </div>
      </form>
    </SettingsDialog>
  );
}
