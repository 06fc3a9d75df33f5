import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal, JournalCorruptError } from '../../../electron/provider/journal';

type Rec = { n: number; text: string };
const parseRecord = (v: unknown): Rec => {
  const r = v as Rec;
  if (typeof r.n !== 'number' || typeof r.text !== 'string') throw new Error('bad record');
  return r;
};
const parseSnapshot = (v: unknown): Rec[] => v as Rec[];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const open = () => Journal.open<Rec[], Rec>({ dir, parseRecord, parseSnapshot });

describe('Journal', () => {
  it('recovers every appended record in order after reopening', () => {
    const { journal } = open();
    journal.append({ n: 1, text: 'a' });
    journal.append({ n: 2, text: 'ünïcødé, "quoted"\nnewline' });
    journal.close();
    const { recovered } = open();
    expect(recovered.records).toEqual([
      { n: 1, text: 'a' },
      { n: 2, text: 'ünïcødé, "quoted"\nnewline' },
    ]);
    expect(recovered.droppedBytes).toBe(0);
  });

  it.each([
    ['half a line without newline', (line: string) => line.slice(0, Math.floor(line.length / 2))],
    ['a full line whose checksum does not match', (line: string) => `${line.slice(0, -3)}X}\n`],
    ['a single byte', () => '0'],
  ])('ignores and truncates a torn last line: %s', (_name, tear) => {
    const { journal } = open();
    journal.append({ n: 1, text: 'kept' });
    journal.close();
    const path = join(dir, 'journal.log');
    const goodSize = statSync(path).size;
    const firstLine = readFileSync(path, 'utf8');
    appendFileSync(path, tear(firstLine.replace('"n":1', '"n":2').replace('kept', 'torn')));

    const reopened = open();
    expect(reopened.recovered.records).toEqual([{ n: 1, text: 'kept' }]);
    expect(reopened.recovered.droppedBytes).toBeGreaterThan(0);
    expect(statSync(path).size).toBe(goodSize);

    // Appending after recovery must not glue onto the torn bytes.
    reopened.journal.append({ n: 3, text: 'after' });
    reopened.journal.close();
    expect(open().recovered.records).toEqual([
      { n: 1, text: 'kept' },
      { n: 3, text: 'after' },
    ]);
  });

  it('refuses to start when a record in the middle is corrupt', () => {
    const { journal } = open();
    journal.append({ n: 1, text: 'one' });
    journal.append({ n: 2, text: 'two' });
    journal.close();
    const path = join(dir, 'journal.log');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"one"', '"oNe"'));
    expect(() => open()).toThrow(JournalCorruptError);
  });

  it('compaction keeps the state in the snapshot and skips records it already covers', () => {
    const { journal } = open();
    journal.append({ n: 1, text: 'a' });
    journal.append({ n: 2, text: 'b' });
    journal.compact([
      { n: 1, text: 'a' },
      { n: 2, text: 'b' },
    ]);
    expect(readFileSync(join(dir, 'journal.log'), 'utf8')).toBe('');
    journal.append({ n: 3, text: 'c' });
    journal.close();
    const { recovered } = open();
    expect(recovered.snapshot).toHaveLength(2);
    expect(recovered.records).toEqual([{ n: 3, text: 'c' }]);
  });

  it('a crash between writing the snapshot and emptying the journal does not replay records twice', () => {
    const { journal } = open();
    journal.append({ n: 1, text: 'a' });
    journal.close();
    const journalBefore = readFileSync(join(dir, 'journal.log'));
    const { journal: again } = open();
    again.compact([{ n: 1, text: 'a' }]);
    again.close();
    // Simulate the crash: the old journal is still there next to the new snapshot.
    writeFileSync(join(dir, 'journal.log'), journalBefore);
    const { recovered, journal: third } = open();
    expect(recovered.snapshot).toEqual([{ n: 1, text: 'a' }]);
    expect(recovered.records).toEqual([]);
    third.append({ n: 2, text: 'b' });
    third.close();
    expect(open().recovered.records).toEqual([{ n: 2, text: 'b' }]);
  });
});
