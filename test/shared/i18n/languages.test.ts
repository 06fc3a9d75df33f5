import { describe, expect, it } from 'vitest';
import { pickLanguage, resolveLanguage } from '../../../shared/i18n/languages';

describe('resolveLanguage', () => {
  it('follows the system for "system" and the choice otherwise', () => {
    expect(resolveLanguage('system', ['de-CH', 'en'])).toBe('de');
    expect(resolveLanguage('system', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('de', ['en-US'])).toBe('de');
  });

  it('picks the first shipped language', () => {
    expect(pickLanguage(['it', 'DE-at', 'en'])).toBe('de');
    expect(pickLanguage([])).toBe('en');
  });
});
