import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  redactLogData,
  redactText,
  sanitizeForSupport,
} from '../../../../electron/services/diagnostics/redact';

// Tokens as the embedded provider makes them (base64url) and as other providers do.
const token = fc.stringMatching(/^[A-Za-z0-9_-]{20,64}$/).filter((t) => /[A-Za-z]/.test(t));
const jwt = fc.tuple(token, token, token).map(([a, b, c]) => `eyJ${a}.${b}.${c}`);
const password = fc.stringMatching(/^[A-Za-z0-9!#$%()*+\-./:<=>?@[\]^_{|}~]{6,24}$/);
const prose = fc.stringMatching(/^[a-z ]{0,30}$/);

const tokenTemplates: readonly ((secret: string) => string)[] = [
  (s) => `Authorization: Bearer ${s}`,
  (s) => `authorization=Bearer ${s}`,
  (s) => `{"authorization":"Bearer ${s}","accept":"application/json"}`,
  (s) => `{ headers: { Authorization: 'Bearer ${s}' } }`,
  (s) => `GET https://provider.example/v1/me?access_token=${s}&x=1`,
  (s) => `refresh_token=${s}`,
  (s) => `"accessToken": "${s}"`,
  (s) => `"id_token":"${s}"`,
  (s) => `x-api-key: ${s}`,
  (s) => `cookie: session=${s}`,
  (s) => `sent bearer ${s} to the provider`,
  (s) => `token: ${s}`,
];

describe('redactText', () => {
  it('removes tokens in every form a log line carries them (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(token, jwt),
        fc.constantFrom(...tokenTemplates),
        prose,
        prose,
        (secret, template, before, after) => {
          const out = redactText(`${before} ${template(secret)} ${after}`);
          expect(out).not.toContain(secret);
          expect(out).toContain('[redacted]');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('removes long random tokens standing alone, like the provider tokens (property)', () => {
    const bare = fc
      .stringMatching(/^[A-Za-z0-9_-]{32,64}$/)
      .filter((t) => /[A-Z]/.test(t) && /[a-z]/.test(t) && /\d/.test(t));
    fc.assert(
      fc.property(bare, (secret) => {
        expect(redactText(`admin token is ${secret} (keep it safe)`)).not.toContain(secret);
      }),
    );
  });

  it('removes passwords given as key=value or JSON (property)', () => {
    fc.assert(
      fc.property(
        password,
        fc.constantFrom('password', 'passwd', 'client_secret', 'secret'),
        (pw, key) => {
          for (const line of [`${key}=${pw}`, `"${key}": "${pw.replace(/["\\]/g, '')}"`]) {
            const secret = line.includes('"') ? pw.replace(/["\\]/g, '') : pw;
            if (secret.length < 4) continue;
            expect(redactText(`login ${line} done`)).not.toContain(secret);
          }
        },
      ),
    );
  });

  it('removes e-mail addresses and IPv4 and IPv6 addresses (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.ipV4(), fc.ipV6(), (email, v4, v6) => {
        const out = redactText(`user ${email} signed in from ${v4}; relay ${v6} ok`);
        expect(out).not.toContain(email);
        expect(out).not.toContain(v4);
        expect(out).not.toContain(v6);
      }),
      { numRuns: 500 },
    );
  });

  it('removes credentials in URLs and the account name in home folders', () => {
    expect(redactText('https://admin:hunter2@provider.example/v1')).toBe(
      'https://[redacted]@provider.example/v1',
    );
    expect(redactText('opened /home/alice/exports/a.csv')).toBe(
      'opened /home/[user]/exports/a.csv',
    );
    expect(redactText('C:\\Users\\Bob\\Documents\\plan.json')).toBe(
      'C:\\Users\\[user]\\Documents\\plan.json',
    );
    expect(redactText('/Users/carol/Library/Logs')).toBe('/Users/[user]/Library/Logs');
  });

  it('keeps what support needs: times, versions, ids, hashes and plain words', () => {
    const line =
      '[2025-06-01 10:00:00.123] [info] provider 200 GET /v1/tenant in 12 ms (v45.4.1, tokenId=ab12, sha 3f786850e387550fdab836ed7e6dc881de23001b)';
    expect(redactText(line)).toBe(line);
  });

  it('is idempotent (property)', () => {
    const line = fc.oneof(
      fc.string(),
      fc.tuple(fc.oneof(token, jwt), fc.constantFrom(...tokenTemplates)).map(([s, t]) => t(s)),
      fc.tuple(fc.emailAddress(), fc.ipV4(), fc.ipV6()).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(line, (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('redactLogData', () => {
  it('turns every argument into redacted text, errors with their stack', () => {
    const error = new Error('refused for ops@contoso.example');
    const [text, object, stack] = redactLogData([
      'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
      { headers: { authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' }, from: '10.0.0.7' },
      error,
    ]);
    expect(text).toBe('Authorization: [redacted]');
    expect(object).toBe("{ headers: { authorization: '[redacted]' }, from: '[redacted-ip]' }");
    expect(stack).toContain('Error: refused for [redacted-email]');
    expect(stack).toContain('redact.test.ts');
  });
});

describe('sanitizeForSupport', () => {
  it('drops keys that name secrets and redacts every string', () => {
    expect(
      sanitizeForSupport({
        theme: 'dark',
        provider: { kind: 'remote', url: 'https://me:pw@provider.example/', accessToken: 'abc' },
        connections: [{ name: 'ops@contoso.example', tokenRef: 'keychain:1', apiKey: 'k' }],
        window: { width: 1200, maximized: false },
      }),
    ).toEqual({
      theme: 'dark',
      provider: { kind: 'remote', url: 'https://[redacted]@provider.example/' },
      connections: [{ name: '[redacted-email]' }],
      window: { width: 1200, maximized: false },
    });
  });
});
