import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createJsonArrayNormaliser,
  createJsonLinesNormaliser,
  NUMBERED_SEPARATOR,
} from '../../../../electron/services/log-review/json-normaliser';

function run(kind: 'array' | 'lines', text: string, chunk = 3) {
  let out = '';
  const normaliser =
    kind === 'array'
      ? createJsonArrayNormaliser((t) => (out += t))
      : createJsonLinesNormaliser((t) => (out += t));
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) normaliser.push(bytes.subarray(i, i + chunk));
  normaliser.end();
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split(NUMBERED_SEPARATOR));
}

describe('JSON normaliser', () => {
  it('splits a pretty-printed array into one record per line, keeping each start line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 9 }),
        (records, chunk) => {
          const text = `\uFEFF${JSON.stringify(records, null, 2)}\n`;
          const rows = run('array', text, chunk);
          // What the file holds, not the generated values: JSON writes -0 as 0.
          const written = JSON.parse(JSON.stringify(records)) as unknown;
          expect(rows.map((r) => JSON.parse(r[2] ?? 'null') as unknown)).toEqual(written);
          expect(rows.every((r) => r[1] === '')).toBe(true);
          // Each record starts on the line its opening brace is on.
          const lines = text.split('\n');
          for (const [line, , record] of rows)
            expect(lines[Number(line) - 1]?.trim().startsWith('{')).toBe(record?.startsWith('{'));
        },
      ),
    );
  });

  it('flags a cut-off last element and a raw control character inside a string', () => {
    expect(run('array', '[\n {"a": 1},\n {"b": "x\u0001y"},\n {"c": [1, 2')).toEqual([
      ['2', '', '{"a": 1}'],
      ['3', 'control-character', '{"b": "x y"}'],
      ['4', 'truncated', '{"c": [1, 2'],
    ]);
  });

  it('numbers JSON lines by their real line, skipping blank lines and CRLF', () => {
    expect(run('lines', '\uFEFF{"a":1}\r\n\r\n  \n{"b":2}\n{"c":')).toEqual([
      ['1', '', '{"a":1}'],
      ['4', '', '{"b":2}'],
      ['5', 'truncated', '{"c":'],
    ]);
  });
});
