import { describe, expect, it } from 'vitest';
import type { Integrity } from '../../../../shared/ipc/schemas/logs';
import {
  cleanFilters,
  filterChips,
  formatBytes,
  formatDuration,
  integrityText,
  jobOutcome,
  rejectReason,
} from '../../../../renderer/src/features/log-review/format';
import {
  fromInputValue,
  spanOf,
  toInputValue,
} from '../../../../renderer/src/features/log-review/time-range';
import { testI18n } from '../../i18n-fixture';

const t = testI18n.getFixedT('en', 'logs');
const tDe = testI18n.getFixedT('de', 'logs');

describe('log review wording', () => {
  it('words every reject code, with DuckDB’s CSV error types translated', () => {
    const row = { line: 5, recordNo: null, excerpt: null };
    expect(rejectReason({ ...row, code: 'csv-structure', detail: 'TOO MANY COLUMNS' }, t)).toBe(
      'The row does not fit the CSV structure (more cells than the header has)',
    );
    expect(rejectReason({ ...row, code: 'csv-structure', detail: 'SOMETHING NEW' }, t)).toBe(
      'The row does not fit the CSV structure (SOMETHING NEW)',
    );
    expect(rejectReason({ ...row, code: 'unreadable-time', detail: 'yesterday' }, tDe)).toBe(
      'Die Zeit ist nicht lesbar: „yesterday“',
    );
    expect(rejectReason({ ...row, code: 'truncated', detail: '' }, t)).toMatch(/cut off/);
  });

  it('says what the signature check checked', () => {
    const integrity: Integrity = {
      status: 'verified',
      reason: 'signature-and-hash-match',
      keyId: 'ed25519-abc',
      fingerprint: 'AB:CD',
      keySource: 'http://127.0.0.1:1',
      checkedAt: '2025-06-01T00:00:00.000Z',
    };
    expect(integrityText(integrity, t)).toBe(
      'The manifest’s Ed25519 signature verifies with the trusted key ed25519-abc (fingerprint AB:CD, from http://127.0.0.1:1), and the file’s SHA-256 matches the hash it signs.',
    );
    expect(integrityText({ ...integrity, status: 'tampered', reason: 'hash-mismatch' }, t)).toMatch(
      /the file was changed/,
    );
  });

  it('says how an import ended, naming what an unknown file begins with', () => {
    expect(
      jobOutcome(
        { state: 'unrecognised', jobId: 'j', fileName: 'x.csv', reason: 'unknown', found: 'a,b' },
        t,
      ),
    ).toEqual({
      tone: 'danger',
      text: 'x.csv is not a log export this app knows. It begins with: a,b',
    });
    expect(jobOutcome({ state: 'cancelled', jobId: 'j', fileName: 'x.csv' }, t).tone).toBe(
      'pending',
    );
  });

  it('formats sizes and durations', () => {
    expect(formatBytes(1_105_064_682, 'en')).toBe('1.1 GB');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatDuration(350, 'en')).toBe('350 ms');
    expect(formatDuration(4200, 'de')).toBe('4,2 s');
    expect(formatDuration(65_000, 'en')).toBe('1 min 5 s');
  });

  it('makes one chip per active filter, each removing only itself', () => {
    const filters = {
      text: 'alex',
      flaggedOnly: true,
      facets: { result: ['failed', 'denied'] },
    };
    const chips = filterChips(
      filters,
      t,
      (c) => c,
      (_c, v) => v,
      'en',
    );
    expect(chips.map((c) => c.label)).toEqual([
      'Text: alex',
      'Flagged',
      'result: failed',
      'result: denied',
    ]);
    expect(cleanFilters(chips[2]?.remove() ?? {})).toEqual({
      text: 'alex',
      flaggedOnly: true,
      facets: { result: ['denied'] },
    });
    expect(cleanFilters({ text: '  ', facets: { actor: [] }, flaggedOnly: false })).toEqual({});
  });

  it('reads and writes the time inputs as UTC', () => {
    expect(toInputValue('2023-09-20T04:05:03.000Z')).toBe('2023-09-20T04:05');
    expect(fromInputValue('2023-09-20T04:05')).toBe('2023-09-20T04:05:00.000Z');
    expect(fromInputValue('20.09.2023')).toBeNull();
    const buckets = [
      { start: 'a', end: 'b' },
      { start: 'b', end: 'c' },
      { start: 'c', end: 'd' },
    ];
    expect(spanOf(buckets, 2, 0)).toEqual({ from: 'a', to: 'd' });
  });
});
