import { describe, expect, it } from 'vitest';
import { refreshDue } from '../../../../electron/services/connections/token-refresh';

const expiresAt = '2025-06-01T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('refreshDue', () => {
  it('refreshes within the margin before expiry, and after it', () => {
    const tokens = { expiresAt, refreshToken: 'r' };
    expect(refreshDue(tokens, at('2025-06-01T09:58:59.999Z'))).toBe(false);
    expect(refreshDue(tokens, at('2025-06-01T09:59:00.000Z'))).toBe(true);
    expect(refreshDue(tokens, at('2025-06-01T11:00:00.000Z'))).toBe(true);
    expect(refreshDue(tokens, at('2025-06-01T09:50:00.000Z'), 15 * 60_000)).toBe(true);
  });

  it('never refreshes without a refresh token or an expiry', () => {
    expect(refreshDue({ expiresAt, refreshToken: null }, at('2025-06-02T00:00:00.000Z'))).toBe(
      false,
    );
    expect(refreshDue({ expiresAt: null, refreshToken: 'r' }, at('2025-06-02T00:00:00.000Z'))).toBe(
      false,
    );
  });

  it('refreshes a token whose expiry cannot be read', () => {
    expect(refreshDue({ expiresAt: 'soon', refreshToken: 'r' }, 0)).toBe(true);
  });
});
