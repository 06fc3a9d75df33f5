import { describe, expect, it } from 'vitest';
import {
  createChangePlan,
  serializeChangePlan,
} from '../../../../shared/domain/settings/change-plan';
import {
  exportSettingsProfile,
  parseSettingsProfile,
  serializeSettingsProfile,
  stageSettingsProfile,
} from '../../../../shared/domain/settings/settings-profile-file';
import { diffSettings } from '../../../../shared/domain/settings/settings-diff';
import { catalogue, sha256Hex, withCurrent } from './catalogue-fixture';

const exportInput = {
  name: 'Contoso hardened',
  author: 'admin@contoso.example',
  createdAt: '2025-11-03T10:00:00Z',
  sourceTenantId: 'tenant-contoso-eu',
  settings: catalogue,
};

describe('settings profile files', () => {
  it('exports the current values and imports them back unchanged', async () => {
    const file = await exportSettingsProfile(exportInput, sha256Hex);
    expect(file.values).toHaveLength(catalogue.length);
    const parsed = await parseSettingsProfile(serializeSettingsProfile(file), sha256Hex);
    expect(parsed).toEqual({ ok: true, value: file });
  });

  it('imported into a tenant that differs, stages exactly the differences', async () => {
    const file = await exportSettingsProfile(exportInput, sha256Hex);
    const other = withCurrent(catalogue, {
      'chat.crash-reports': 'off',
      'browser.diagnostics': 'off',
    });
    const diff = diffSettings(other, stageSettingsProfile(file));
    expect(diff.rows.map((r) => [r.id, r.oldValue, r.newValue])).toEqual([
      ['browser.diagnostics', 'off', 'optional'],
      ['chat.crash-reports', 'off', 'on'],
    ]);
  });

  it('is not refused for coming from another tenant, but is for being edited', async () => {
    const text = serializeSettingsProfile(await exportSettingsProfile(exportInput, sha256Hex));
    const edited = text.replace('"Contoso hardened"', '"Contoso relaxed"');
    const result = await parseSettingsProfile(edited, sha256Hex);
    expect(result.ok || result.problem.kind).toBe('tampered');
  });

  it('refuses a change plan opened as a profile, naming the format', async () => {
    const plan = await createChangePlan(
      {
        tenantId: 't',
        author: 'a',
        createdAt: '2025-11-03T10:00:00Z',
        baseVersions: { x: '1' },
        changes: [{ settingId: 'x', value: 'y', reason: 'z' }],
      },
      sha256Hex,
    );
    const result = await parseSettingsProfile(serializeChangePlan(plan), sha256Hex);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('schema');
    expect(result.problem.message).toContain('format: not a settings profile');
  });
});
