import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from '../../../../shared/domain/csv-cell';
import type { AccessEventLike } from '../../../../shared/domain/access/access-like';
import {
  ACCESS_EVENT_CSV_COLUMNS,
  accessEventsToCsv,
  accessEventsToJsonl,
} from '../../../../shared/domain/access/event-csv';
import { accessEvent } from './access-fixture';
import { must } from '../settings/must';

/** RFC 4180 reader for the test only: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = must(text[i]);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('unterminated record');
  return rows;
}

const expectedCells = (e: AccessEventLike): string[] =>
  [
    e.id,
    e.time,
    e.actor,
    e.actorKind,
    e.category,
    e.resource,
    e.operation,
    e.purpose,
    e.justification,
    e.ticket,
    e.accessRequestId,
    e.location.countryCode,
    e.location.city,
    e.ip,
    e.result,
  ].map((v) => (v === null ? '' : neutraliseCsvCell(v)));

const text = fc.string({ unit: 'binary', maxLength: 12 });
const eventArbitrary: fc.Arbitrary<AccessEventLike> = fc.record({
  id: text,
  time: text,
  actor: text,
  actorKind: text,
  category: text,
  resource: text,
  operation: text,
  purpose: text,
  justification: fc.option(text, { nil: null }),
  ticket: fc.option(text, { nil: null }),
  accessRequestId: fc.option(text, { nil: null }),
  location: fc.record({ countryCode: text, city: text }),
  ip: text,
  result: text,
});

describe('access events as CSV', () => {
  it('writes a header and one CRLF record per event', () => {
    const csv = [...accessEventsToCsv([accessEvent()])].join('');
    expect(csv.split('\r\n')[0]).toBe(ACCESS_EVENT_CSV_COLUMNS.join(','));
    expect(csv.split('\r\n')[1]).toBe(
      'evt-000123,2025-10-14T09:30:00.000Z,anna.schmidt@contoso.example,tenant-user,customer,mailbox:anna.schmidt,read,service-delivery,,,,DE,Berlin,203.0.113.10,success',
    );
  });

  it('neutralises cells a spreadsheet would run, and quotes what needs quoting', () => {
    const evil = accessEvent({
      actor: '=HYPERLINK("http://x","y")',
      resource: '+1,2',
      justification: '@SUM(A1)',
      ticket: '-3\n4',
      ip: '\t10.0.0.1',
    });
    const [, record] = parseCsv([...accessEventsToCsv([evil])].join(''));
    expect(must(record)[2]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(must(record)[5]).toBe("'+1,2");
    expect(must(record)[8]).toBe("'@SUM(A1)");
    expect(must(record)[9]).toBe("'-3\n4");
    expect(must(record)[13]).toBe("'\t10.0.0.1");
  });

  it('property: every cell reads back as its neutralised value', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 5 }), (events) => {
        const rows = parseCsv([...accessEventsToCsv(events)].join(''));
        expect(rows[0]).toEqual([...ACCESS_EVENT_CSV_COLUMNS]);
        expect(rows.slice(1)).toEqual(events.map(expectedCells));
        for (const row of rows.slice(1))
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('access events as JSONL', () => {
  it('property: one line per event, reading back to the same events', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 5 }), (events) => {
        const lines = [...accessEventsToJsonl(events)];
        expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
        expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(events);
      }),
    );
  });
});
