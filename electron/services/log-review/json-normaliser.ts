// Turns a JSON-array download or a JSON-lines export into "numbered lines": one record per
// line as `<line>\x01<flag>\x01<record>\n`, where <line> is the physical line the record
// starts on in the original file. DuckDB then reads every record on its own, so a malformed
// record is rejected with its true line number instead of failing the whole file, and blank
// lines, CRLF, a BOM or a pretty-printed array do not matter. Raw control characters cannot
// occur inside valid JSON text, so \x01 never collides with a valid record.

export const NUMBERED_SEPARATOR = '\u0001';

/** Why the normaliser already knows a record is broken (empty when it does not). */
export type RecordFlag = '' | 'truncated' | 'control-character';

export type NormaliserSink = (text: string) => void;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function recordLine(line: number, flag: RecordFlag, record: string): string {
  return `${line}${NUMBERED_SEPARATOR}${flag}${NUMBERED_SEPARATOR}${record}\n`;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON lines: every non-blank line is a record. */
export function createJsonLinesNormaliser(sink: NormaliserSink) {
  let line = 1;
  let pending: Buffer[] = [];
  let first = true;
  let records = 0;

  const emit = (bytes: Buffer, last = false): void => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end -= 1;
    let text = bytes.subarray(0, end).toString('utf8');
    if (first) text = text.replace(/^\uFEFF/, '');
    first = false;
    if (text.trim() !== '') {
      records += 1;
      // A last line with no line break that does not parse was cut off mid-record.
      sink(recordLine(line, last && !parses(text) ? 'truncated' : '', text));
    }
    line += 1;
  };

  return {
    push(chunk: Buffer): void {
      let start = 0;
      for (;;) {
        const lf = chunk.indexOf(LF, start);
        if (lf < 0) break;
        const piece = chunk.subarray(start, lf);
        if (pending.length > 0) {
          pending.push(piece);
          emit(Buffer.concat(pending));
          pending = [];
        } else emit(piece);
        start = lf + 1;
      }
      if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)));
    },
    end(): number {
      if (pending.length > 0) emit(Buffer.concat(pending), true);
      pending = [];
      return records;
    },
  };
}

/**
 * A JSON array (`[ {...}, {...} ]`, pretty-printed or not): each element becomes a record.
 * Line breaks between tokens become spaces; a raw control character inside a string, or an
 * element cut off by the end of the file, is passed on flagged so it is listed, not lost.
 */
export function createJsonArrayNormaliser(sink: NormaliserSink) {
  let line = 1;
  let started = false; // saw the outer '['
  let closed = false; // saw the outer ']'
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element: number[] | null = null;
  let parts: Buffer[] = [];
  let elementLine = 0;
  let flag: RecordFlag = '';
  let records = 0;
  let leading = true;
  let junk = false;

  const flushBytes = (): void => {
    if (element !== null && element.length > 0) {
      parts.push(Buffer.from(element));
      element = [];
    }
  };
  const finish = (endFlag: RecordFlag): void => {
    flushBytes();
    const text = Buffer.concat(parts).toString('utf8').trim();
    parts = [];
    element = null;
    records += 1;
    sink(recordLine(elementLine, endFlag === '' ? flag : endFlag, text));
    flag = '';
  };

  const step = (b: number): void => {
    if (b === LF) line += 1;
    if (leading) {
      // A BOM's bytes and whitespace before the '['.
      if (
        b === 0xef ||
        b === 0xbb ||
        b === 0xbf ||
        b === 0x20 ||
        b === 0x09 ||
        b === LF ||
        b === CR
      )
        return;
      leading = false;
      if (b === 0x5b) {
        started = true;
        return;
      }
      junk = true;
    }
    if (!started || closed) return;
    if (element === null) {
      if (b === 0x20 || b === 0x09 || b === LF || b === CR || b === 0x2c) return;
      if (b === 0x5d) {
        closed = true;
        return;
      }
      element = [];
      elementLine = line;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) inString = false;
      else if (b < 0x20) {
        flag = 'control-character';
        element.push(0x20);
        return;
      }
      element.push(b);
      if (element.length >= 1 << 16) flushBytes();
      return;
    }
    if (depth === 0 && (b === 0x2c || b === 0x5d)) {
      finish('');
      if (b === 0x5d) closed = true;
      return;
    }
    if (b === QUOTE) inString = true;
    else if (b === 0x7b || b === 0x5b) depth += 1;
    else if (b === 0x7d || b === 0x5d) depth -= 1;
    element.push(b === LF || b === CR || b === 0x09 ? 0x20 : b);
    if (depth === 0 && (b === 0x7d || b === 0x5d)) finish('');
    else if (element.length >= 1 << 16) flushBytes();
  };

  return {
    push(chunk: Buffer): void {
      for (const b of chunk) step(b);
    },
    /** Returns the record count; an element still open at the end is a truncated record. */
    end(): { records: number; notAnArray: boolean } {
      if (element !== null) finish('truncated');
      return { records, notAnArray: junk };
    },
  };
}
