import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeIntegrity,
  hexOfDigest,
  parseJsonText,
} from '../../../../shared/domain/settings/signed-json-file';
import { sha256Hex } from './catalogue-fixture';

describe('canonicalJson and integrity', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: null })).toBe('{"a":null,"b":[{"a":2,"z":1}]}');
  });

  it('integrity ignores key order and the integrity field, but not content', async () => {
    const a = await computeIntegrity({ b: 1, a: { d: [1, 2], c: 'x' } }, sha256Hex);
    expect(await computeIntegrity({ a: { c: 'x', d: [1, 2] }, b: 1 }, sha256Hex)).toBe(a);
    expect(
      await computeIntegrity({ b: 1, a: { d: [1, 2], c: 'x' }, integrity: 'x' }, sha256Hex),
    ).toBe(a);
    expect(await computeIntegrity({ a: { c: 'x', d: [2, 1] }, b: 1 }, sha256Hex)).not.toBe(a);
  });

  it('hexOfDigest matches node:crypto hex, for the WebCrypto path', () => {
    const digest = createHash('sha256').update('plan').digest();
    const buffer = digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
    expect(hexOfDigest(buffer)).toBe(createHash('sha256').update('plan').digest('hex'));
  });
});

describe('parseJsonText', () => {
  it('parses JSON, ignoring a leading byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('locates errors by line and column', () => {
    const cases: [string, number, number][] = [
      ['{"a":}', 1, 6],
      ['{\n  "a": 1,\n}', 3, 1],
      ['{"a": 1} trailing', 1, 10],
      ['', 1, 1],
      ['{"a": "x\u0001"}', 1, 9],
    ];
    for (const [text, line, column] of cases) {
      const result = parseJsonText(text);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.problem, text).toMatchObject({ kind: 'malformed-json', line, column });
    }
  });
});

it('says in words what is wrong', () => {
  const result = parseJsonText('{"a" 1}');
  expect(!result.ok && result.problem.message).toBe(
    'The file is not valid JSON: colon expected at line 1, column 6.',
  );
});
