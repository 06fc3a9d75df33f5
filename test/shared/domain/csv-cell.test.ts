import { describe, expect, it } from 'vitest';
import { formatCsvCell, formatCsvRow, neutraliseCsvCell } from '../../../shared/domain/csv-cell';

describe('neutraliseCsvCell', () => {
  it.each(['=SUM(A1:A2)', '+1+1', '-2+3', '@cmd', '\tTAB', '\rCR'])(
    'prefixes a formula trigger: %j',
    (input) => {
      expect(neutraliseCsvCell(input)).toBe(`'${input}`);
    },
  );

  it.each(['plain', '', '1=1', 'a-b', " 'quoted", 'x@y.example'])(
    'leaves other text alone: %j',
    (input) => {
      expect(neutraliseCsvCell(input)).toBe(input);
    },
  );
});

describe('formatCsvCell', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('neutralises before quoting so the quote cannot hide the trigger', () => {
    expect(formatCsvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(formatCsvCell('\r=1')).toBe('"\'\r=1"');
  });

  it('renders null/undefined as empty and numbers/booleans as text (numbers are not neutralised)', () => {
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(undefined)).toBe('');
    expect(formatCsvCell(-5)).toBe('-5');
    expect(formatCsvCell(true)).toBe('true');
  });
});

describe('formatCsvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(formatCsvRow(['a', 1, null, '-x'])).toBe("a,1,,'-x\r\n");
  });
});
