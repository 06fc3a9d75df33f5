import { describe, expect, it } from 'vitest';
import { createAuthenticator, createTokens, ROLE_SCOPES } from '../../../electron/provider/auth';

describe('auth', () => {
  const tokens = createTokens();
  const authenticate = createAuthenticator(tokens, (role) => `${role}@example.test`);

  it('issues distinct 32-byte base64url tokens per role', () => {
    const values = Object.values(tokens);
    expect(new Set(values).size).toBe(3);
    for (const t of values) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(createTokens().admin).not.toBe(tokens.admin);
  });

  it('maps each token to its role and scopes', () => {
    expect(authenticate(`Bearer ${tokens.admin}`)).toMatchObject({
      role: 'admin',
      subject: 'admin@example.test',
    });
    expect(authenticate(`bearer ${tokens.helpdesk}`)?.role).toBe('helpdesk');
    expect(authenticate(`Bearer ${tokens.auditor}`)?.scopes).toEqual([
      'tenant.read',
      'access.read',
      'exports.read',
    ]);
  });

  it('rejects missing, malformed, truncated and extended tokens', () => {
    for (const header of [
      undefined,
      '',
      tokens.admin,
      `Basic ${tokens.admin}`,
      `Bearer ${tokens.admin.slice(0, -1)}`,
      `Bearer ${tokens.admin}x`,
      'Bearer ',
    ]) {
      expect(authenticate(header)).toBeNull();
    }
  });

  it('gives helpdesk every read scope but no write/decide, auditor only three', () => {
    expect(ROLE_SCOPES.helpdesk).not.toContain('settings.write');
    expect(ROLE_SCOPES.helpdesk).not.toContain('requests.decide');
    expect(ROLE_SCOPES.helpdesk.every((s) => s.endsWith('.read'))).toBe(true);
    expect(ROLE_SCOPES.helpdesk).toHaveLength(7);
    expect(ROLE_SCOPES.admin).toContain('settings.write');
    expect(ROLE_SCOPES.admin).toContain('requests.decide');
  });
});
