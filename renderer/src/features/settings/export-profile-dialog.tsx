import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores';
import { SettingsDialog } from './settings-dialog';

export function ExportProfileDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const store = useStores().settings;
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const blank = name.trim() === '';

  async function save() {
    setSaving(true);
    const saved = await store.getState().exportProfile(name.trim());
    setSaving(false);
    if (saved) onClose();
  }

  return (
    <SettingsDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('exportProfile.title')}
      description={t('exportProfile.body')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!blank) void save();
        }}
      >
        <div className="field field-block">
          <label htmlFor="profile-name">{t('exportProfile.name')}</label>
          <input
            id="profile-name"
            type="text"
            maxLength={200}
            required
            value={name}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={blank || saving}>
            {t('exportProfile.export')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tc('actions.cancel')}
          </button>
        </div>
      </form>
    </SettingsDialog>
  );
}
