// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/i18n';
import { applyLanguage } from '../../../../renderer/src/features/preferences/apply-language';

describe('applyLanguage', () => {
  it('switches i18next and <html lang> to the choice, or to the system language', () => {
    const i18n = createI18n('en');
    const root = document.documentElement;
    expect(applyLanguage(i18n, root, 'de', ['en-US'])).toBe('de');
    expect(i18n.language).toBe('de');
    expect(root.lang).toBe('de');
    expect(i18n.t('nav.settings')).toBe('Einstellungen');
    expect(applyLanguage(i18n, root, 'system', ['fr-FR', 'en-GB'])).toBe('en');
    expect(root.lang).toBe('en');
    expect(i18n.t('nav.settings')).toBe('Settings');
    expect(applyLanguage(i18n, root, 'system', ['de-AT'])).toBe('de');
  });
});
