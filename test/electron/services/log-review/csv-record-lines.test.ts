import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvLineCounter } from '../../../../electron/services/log-review/csv-record-lines';
import { formatCsvCell } from '../../../../shared/domain/csv-cell';

/** Cells with commas, quotes and line breaks, as an export writes them. */
const cell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('a,b', 'say "hi"', 'two\r\nlines', 'x\ny', ''),
);

describe('CSV record lines', () => {
  it('finds the physical line each record starts on, whatever its cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (records, chunk) => {
          const lines: number[] = [];
          let text = 'h1,h2\r\n';
          let line = 2;
          for (const record of records) {
            const row = `${record.map((c) => formatCsvCell(c)).join(',')}\r\n`;
            // A record of one empty cell is a blank line, which is not a record.
            if (row === '\r\n') {
              text += row;
              line += 1;
              continue;
            }
            lines.push(line);
            text += row;
            line += (row.match(/\n/g) ?? []).length;
          }
          const counter = createCsvLineCounter({
            skipRecords: 1,
            rejectOffsets: [],
            ordinals: lines.map((_l, i) => i + 1),
          });
          const bytes = Buffer.from(text, 'utf8');
          for (let i = 0; i < bytes.length; i += chunk) counter.push(bytes.subarray(i, i + chunk));
          const answer = counter.end();
          expect(lines.map((_l, i) => answer.ordinalLines.get(i + 1))).toEqual(lines);
        },
      ),
    );
  });

  it('skips records DuckDB rejected when numbering the ones it kept', () => {
    const text = 'a,b\n1,2\n3,4,5\n6,"x\ny"\n7,8\n';
    const rejected = text.indexOf('3,4,5');
    const counter = createCsvLineCounter({
      skipRecords: 1,
      // DuckDB points at the record's first byte or the one after it.
      rejectOffsets: [rejected + 1],
      ordinals: [1, 2, 3],
    });
    counter.push(Buffer.from(text));
    const answer = counter.end();
    expect([...answer.ordinalLines]).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(answer.offsetLines.get(rejected + 1)).toBe(3);
    expect(answer.lastRecordLine).toBe(6);
  });
});
