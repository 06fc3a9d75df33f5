import { describe, expect, it } from 'vitest';
import { displayCount, formatFetchedAt } from '../../../../renderer/src/features/overview/format';

describe('displayCount', () => {
  it('formats numbers for the locale', () => {
    expect(displayCount({ status: 'ok', value: 1234567 }, 'en-US')).toEqual({
      kind: 'number',
      text: '1,234,567',
    });
    expect(displayCount({ status: 'ok', value: 1234567 }, 'de-DE').text).toBe('1.234.567');
    expect(displayCount({ status: 'ok', value: 0 }, 'en-US').text).toBe('0');
  });

  it('shows the reason instead of a number when a count is forbidden or unavailable', () => {
    expect(displayCount({ status: 'forbidden', message: 'needs settings.read' }, 'en-US')).toEqual({
      kind: 'reason',
      text: 'Not permitted: needs settings.read',
    });
    expect(displayCount({ status: 'unavailable', message: 'timed out' }, 'en-US')).toEqual({
      kind: 'reason',
      text: 'Unavailable: timed out',
    });
  });
});

describe('formatFetchedAt', () => {
  it('formats a valid ISO time and keeps an unreadable one as it is', () => {
    const text = formatFetchedAt('2025-06-01T10:00:00.000Z', 'en-US');
    expect(text).toMatch(/Jun 1, 2025/);
    expect(formatFetchedAt('not a time', 'en-US')).toBe('not a time');
  });
});
