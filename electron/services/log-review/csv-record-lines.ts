// Physical line numbers for CSV records, which DuckDB does not give: it reports where a record
// it could not parse starts (in bytes), and numbers the records it did parse. A value may span
// lines (AuditData with CRLF inside), so lines are counted here with the CSV quoting rules:
// a record ends at a line break outside quotes; blank lines are not records (DuckDB skips
// them too).

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export type CsvLineQuery = {
  /** Records before the data: PowerShell's `#TYPE` line and the header. */
  readonly skipRecords: number;
  /** Byte positions DuckDB gave for records it rejected (ascending not required). */
  readonly rejectOffsets: readonly number[];
  /** 1-based numbers of parsed records (DuckDB's order) whose start line is wanted. */
  readonly ordinals: readonly number[];
};

export type CsvLineAnswer = {
  readonly offsetLines: ReadonlyMap<number, number>;
  readonly ordinalLines: ReadonlyMap<number, number>;
  /** The line the file's last record starts on, when the whole file was read. */
  readonly lastRecordLine: number | null;
};

/**
 * Streams a UTF-8 CSV file's bytes and answers the query. A reject position belongs to the
 * last record starting at or before position + 1 (DuckDB points at a record's first byte or
 * the byte after it, depending on the line ending).
 */
export function createCsvLineCounter(query: CsvLineQuery) {
  const offsets = [...new Set(query.rejectOffsets)].sort((a, b) => a - b);
  const wanted = [...new Set(query.ordinals)].sort((a, b) => a - b);
  const offsetLines = new Map<number, number>();
  const ordinalLines = new Map<number, number>();
  let nextOffset = 0;
  let nextWanted = 0;
  let position = 0;
  let line = 1;
  let inQuotes = false;
  let atStart = true; // the next byte begins a record (or a blank line)
  let skipped = 0;
  let ordinal = 0;
  // The record seen last, decided once the next one starts (a later reject may claim it).
  let open: { start: number; line: number; rejected: boolean; skip: boolean } | null = null;
  let lastRecordLine: number | null = null;

  const settle = (): void => {
    if (open === null) return;
    if (!open.skip && !open.rejected) {
      ordinal += 1;
      while (nextWanted < wanted.length && (wanted[nextWanted] ?? 0) < ordinal) nextWanted += 1;
      if (wanted[nextWanted] === ordinal) {
        ordinalLines.set(ordinal, open.line);
        nextWanted += 1;
      }
    }
    open = null;
  };

  const claim = (upTo: number): void => {
    while (nextOffset < offsets.length && (offsets[nextOffset] ?? 0) + 1 < upTo) {
      const offset = offsets[nextOffset] ?? 0;
      if (open !== null) {
        offsetLines.set(offset, open.line);
        if (!open.skip) open.rejected = true;
      }
      nextOffset += 1;
    }
  };

  const startRecord = (start: number): void => {
    claim(start);
    settle();
    const skip = skipped < query.skipRecords;
    if (skip) skipped += 1;
    open = { start, line, rejected: false, skip };
    lastRecordLine = line;
  };

  return {
    push(chunk: Buffer): void {
      for (let i = 0; i < chunk.length; i += 1) {
        const b = chunk[i];
        if (atStart) {
          if (b === LF) {
            line += 1;
            continue;
          }
          if (b === CR) continue;
          atStart = false;
          startRecord(position + i);
        }
        if (b === QUOTE) inQuotes = !inQuotes;
        else if (b === LF) {
          line += 1;
          if (!inQuotes) atStart = true;
        }
      }
      position += chunk.length;
    },
    /** Everything wanted was found: the rest of the file need not be read. */
    done(): boolean {
      return nextOffset >= offsets.length && nextWanted >= wanted.length;
    },
    /** `complete`: the whole file was pushed (not stopped early once `done()`). */
    end(complete = true): CsvLineAnswer {
      claim(Number.MAX_SAFE_INTEGER);
      settle();
      return { offsetLines, ordinalLines, lastRecordLine: complete ? lastRecordLine : null };
    },
  };
}
