import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseFreeAnchor,
  termMatchSql,
  termPattern,
} from '../../../../electron/services/log-review/filter-sql';

describe('caseFreeAnchor', () => {
  it('picks the longest run that case folding leaves alone, when it is long enough', () => {
    expect(caseFreeAnchor('report-100,')).toBe('-100,');
    expect(caseFreeAnchor('9/20/2023 4:05:03 am')).toBe('9/20/2023 4:05:03 ');
    expect(caseFreeAnchor('10.0.0.12')).toBe('10.0.0.12');
    expect(caseFreeAnchor('q1.xlsx')).toBeNull();
    expect(caseFreeAnchor('fileaccessed')).toBeNull();
    // Non-ASCII characters may fold (ß, the Kelvin sign), so they end a run too.
    expect(caseFreeAnchor('straße-2024')).toBe('-2024');
    expect(caseFreeAnchor('12€345')).toBe('345');
  });

  it('property: every case-insensitive occurrence of the term holds the anchor as it is', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(ascii, ascii, ascii, (before, term, after) => {
        const anchor = caseFreeAnchor(term.toLowerCase());
        if (anchor === null) return;
        // The term as it might stand in a record: any letter in either case.
        const written = Array.from(term)
          .map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c))
          .join('');
        expect(`${before}${written}${after}`).toContain(anchor);
      }),
    );
  });
});

describe('termPattern', () => {
  it('spells ASCII letters in both cases and keeps Unicode folding for other letters', () => {
    expect(termPattern('sk-1')).toBe('[sS][kK]-1');
    expect(termPattern('müller')).toBe('[mM](?i:ü)[lL][lL][eE][rR]');
    expect(termPattern('a.b*')).toBe('[aA]\\.[bB]\\*');
  });

  it('property: matches the term in any ASCII casing, and nothing else of its length', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'abcxyz01-.'.split('')), minLength: 1 });
    fc.assert(
      fc.property(letters, fc.array(fc.boolean()), (term, upper) => {
        const written = Array.from(term)
          .map((c, i) => (upper[i] === true ? c.toUpperCase() : c))
          .join('');
        const pattern = new RegExp(`^${termPattern(term)}$`);
        expect(pattern.test(written)).toBe(true);
        expect(pattern.test(`${written}x`)).toBe(false);
      }),
    );
  });
});

describe('termMatchSql', () => {
  it('needs no regular expression for a term with nothing to fold', () => {
    expect(termMatchSql('10.0.0.12', 'e.raw')).toBe("contains(e.raw, '10.0.0.12')");
  });

  it('narrows RE2 with a byte search for the anchor, and quotes both', () => {
    expect(termMatchSql("o'brien-2024", 'e.raw')).toBe(
      "(contains(e.raw, '-2024') AND regexp_matches(e.raw, '[oO]''[bB][rR][iI][eE][nN]-2024'))",
    );
  });

  it('leaves a term without a long enough anchor to RE2 alone, metacharacters escaped', () => {
    expect(termMatchSql('q1.xlsx', 'e.cells')).toBe(
      "regexp_matches(e.cells, '[qQ]1\\.[xX][lL][sS][xX]')",
    );
  });
});
