import { describe, expect, it } from 'vitest';
import { displayCount } from '../../../../renderer/src/features/overview/format';
import { formatDateTime } from '../../../../renderer/src/i18n/format';
import { tOverview as t } from '../../i18n-fixture';

describe('displayCount', () => {
  it('formats numbers for the locale', () => {
    expect(displayCount({ status: 'ok', value: 1234567 }, t, 'en-US')).toEqual({
      kind: 'number',
      text: '1,234,567',
    });
    expect(displayCount({ status: 'ok', value: 1234567 }, t, 'de-DE').text).toBe('1.234.567');
    expect(displayCount({ status: 'ok', value: 0 }, t, 'en-US').text).toBe('0');
  });

  it('shows the reason instead of a number when a count is forbidden or unavailable', () => {
    expect(
      displayCount({ status: 'forbidden', message: 'needs settings.read' }, t, 'en-US'),
    ).toEqual({
      kind: 'reason',
      text: 'Not permitted: needs settings.read',
    });
    expect(displayCount({ status: 'unavailable', message: 'timed out' }, t, 'en-US')).toEqual({
      kind: 'reason',
      text: 'Unavailable: timed out',
    });
  });
});

describe('formatDateTime', () => {
  it('formats a valid ISO time and keeps an unreadable one as it is', () => {
    const text = formatDateTime('2025-06-01T10:00:00.000Z', 'en-US', 'UTC');
    expect(text).toMatch(/Jun 1, 2025/);
    expect(text).toMatch(/UTC/);
    expect(formatDateTime('2025-06-01T10:00:00.000Z', 'de-DE', 'Europe/Berlin')).toMatch(
      /01\.06\.2025, 12:00:00 (MESZ|GMT\+2)/,
    );
    expect(formatDateTime('not a time', 'en-US')).toBe('not a time');
  });
});
