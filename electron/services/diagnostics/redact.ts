import { inspect } from 'node:util';

/**
 * Strips credentials and personal data from a log line before it is written or exported:
 * bearer tokens, access / refresh / id tokens, Authorization and cookie headers, passwords
 * and other secrets given as key=value or "key": "value", JWTs, long random tokens,
 * credentials in URLs, e-mail addresses, IPv4 and IPv6 addresses, and the user name in home
 * folder paths. Pure and idempotent: redacting twice changes nothing more.
 */
export const redactedMark = '[redacted]';

const sensitiveKeys = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'client_secret',
  'clientsecret',
  'token',
  'access_token',
  'accesstoken',
  'access-token',
  'refresh_token',
  'refreshtoken',
  'refresh-token',
  'id_token',
  'idtoken',
  'api_key',
  'apikey',
  'api-key',
  'x-api-key',
];

const keyAlternatives = [...sensitiveKeys]
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/-/g, '\\-'))
  .join('|');

// key, then `=` or `:`, then a quoted value, or an unquoted one (with an auth scheme word).
const keyValuePattern = new RegExp(
  `(["']?)(?<![\\w-])(${keyAlternatives})(?![\\w-])\\1(\\s*[:=]\\s*)` +
    `(\\[redacted\\]|"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|` +
    `(?:(?:bearer|basic|digest|token|negotiate)\\s+)?[^\\s"'&]+)`,
  'gi',
);

type Rule = (text: string) => string;

const rules: readonly Rule[] = [
  (text) =>
    text.replace(
      keyValuePattern,
      (_all, quote: string, key: string, separator: string, value: string) => {
        const first = value.charAt(0);
        const wrapped =
          first === '"' || first === "'" ? `${first}${redactedMark}${first}` : redactedMark;
        return `${quote}${key}${quote}${separator}${wrapped}`;
      },
    ),
  // A bearer token anywhere else ("sent Bearer abc…").
  (text) =>
    text.replace(/\bbearer\s+(?!\[redacted\])[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${redactedMark}`),
  // JSON Web Tokens: header.payload.signature, base64url, the header always starting "eyJ".
  (text) => text.replace(/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, redactedMark),
  // user:password@ in a URL.
  (text) => text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, `$1${redactedMark}@`),
  (text) =>
    text.replace(
      /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
      '[redacted-email]',
    ),
  (text) =>
    text.replace(
      /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.])/g,
      '[redacted-ip]',
    ),
  (text) =>
    text.replace(/(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/gi, '[redacted-ip]'),
  (text) =>
    text.replace(
      /(?<![\w:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?![\w:])/gi,
      '[redacted-ip]',
    ),
  // Long random tokens on their own (the embedded provider's are 43 base64url characters):
  // 32+ characters mixing upper case, lower case and digits. Hashes in hex do not mix case.
  (text) =>
    text.replace(
      /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g,
      redactedMark,
    ),
  // The account name in home folder paths (/home/alice, /Users/alice, C:\Users\alice).
  (text) => text.replace(/(?<=[\\/](?:home|Users)[\\/])(?!\[user\])[^\\/\s"'`]+/g, '[user]'),
];

export function redactText(text: string): string {
  return rules.reduce((out, rule) => rule(out), text);
}

/** One log call's arguments as redacted text: errors with their stack, objects inspected. */
export function redactLogData(data: readonly unknown[]): string[] {
  return data.map((item) => {
    if (typeof item === 'string') return redactText(item);
    if (item instanceof Error) return redactText(item.stack ?? `${item.name}: ${item.message}`);
    return redactText(inspect(item, { depth: 6, breakLength: Infinity }));
  });
}

const secretKey = /token|secret|password|passwd|credential|api[-_]?key|cookie|authorization/i;

/**
 * A copy of a settings-like value safe to hand to support: keys that name a secret are
 * dropped whatever their value, and every string is redacted like a log line.
 */
export function sanitizeForSupport(value: unknown, depth = 0): unknown {
  if (depth > 20) return redactedMark;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => sanitizeForSupport(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (secretKey.test(key)) continue;
      out[key] = sanitizeForSupport(inner, depth + 1);
    }
    return out;
  }
  return value;
}
