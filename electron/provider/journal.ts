import {
  closeSync,
  existsSync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { fsyncDirectory, writeFileAtomic } from './atomic-file';

/**
 * Append-only journal: one record per line, `<crc32 hex> <json>\n`, fdatasync'd before append()
 * returns so an acknowledged change is on disk. A crash can only tear the LAST line (appends are
 * sequential), so recovery drops a torn tail and truncates it away; a bad line anywhere else is
 * real corruption and stops the start instead of silently losing acknowledged changes.
 * Compaction writes a snapshot (temp + fsync + rename) that remembers the last sequence it
 * covers, then starts an empty journal; records at or below that sequence are skipped on
 * recovery, so a crash between the two steps is harmless.
 */

export class JournalCorruptError extends Error {
  override name = 'JournalCorruptError';
}

export type Recovered<S, R> = {
  snapshot: S | null;
  records: R[];
  /** Bytes of torn tail that were dropped (0 on a clean shutdown). */
  droppedBytes: number;
};

export type JournalOptions<S, R> = {
  dir: string;
  parseRecord: (value: unknown) => R;
  parseSnapshot: (value: unknown) => S;
  journalFile?: string;
  snapshotFile?: string;
};

type Line = { seq: number; record: unknown };

function encodeLine(seq: number, record: unknown): Buffer {
  const json = JSON.stringify({ seq, record });
  const crc = crc32(json).toString(16).padStart(8, '0');
  return Buffer.from(`${crc} ${json}\n`, 'utf8');
}

function decodeLine(line: string): Line | null {
  if (line.length < 10 || line.charAt(8) !== ' ') return null;
  const json = line.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return null;
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { seq, record } = parsed as { seq?: unknown; record?: unknown };
    return typeof seq === 'number' ? { seq, record } : null;
  } catch {
    return null;
  }
}

export class Journal<S, R> {
  private fd: number;
  private seq: number;
  private readonly journalPath: string;
  private readonly snapshotPath: string;
  private recordsSinceSnapshot = 0;
  /** Size of the journal file up to the last whole record. */
  private bytes: number;

  private constructor(
    journalPath: string,
    snapshotPath: string,
    fd: number,
    seq: number,
    bytes: number,
  ) {
    this.journalPath = journalPath;
    this.snapshotPath = snapshotPath;
    this.fd = fd;
    this.seq = seq;
    this.bytes = bytes;
  }

  static open<S, R>(
    options: JournalOptions<S, R>,
  ): { journal: Journal<S, R>; recovered: Recovered<S, R> } {
    const journalPath = join(options.dir, options.journalFile ?? 'journal.log');
    const snapshotPath = join(options.dir, options.snapshotFile ?? 'snapshot.json');
    let snapshot: S | null = null;
    let lastSeq = 0;
    if (existsSync(snapshotPath)) {
      const raw = JSON.parse(readFileSync(snapshotPath, 'utf8')) as {
        lastSeq: number;
        state: unknown;
      };
      snapshot = options.parseSnapshot(raw.state);
      lastSeq = raw.lastSeq;
    }
    const records: R[] = [];
    let goodBytes = 0;
    let droppedBytes = 0;
    if (existsSync(journalPath)) {
      const buffer = readFileSync(journalPath);
      let start = 0;
      while (start < buffer.length) {
        const newline = buffer.indexOf(0x0a, start);
        const end = newline === -1 ? buffer.length : newline;
        const decoded = newline === -1 ? null : decodeLine(buffer.toString('utf8', start, end));
        if (decoded === null) {
          // Only the tail may be torn: if anything complete follows, the file is corrupt.
          if (newline !== -1 && newline + 1 < buffer.length) {
            throw new JournalCorruptError(
              `${journalPath}: bad record at byte ${start} followed by more data`,
            );
          }
          droppedBytes = buffer.length - start;
          break;
        }
        if (decoded.seq > lastSeq) {
          records.push(options.parseRecord(decoded.record));
          lastSeq = decoded.seq;
        }
        start = end + 1;
        goodBytes = start;
      }
    }
    const fd = openSync(journalPath, 'a+', 0o600);
    if (droppedBytes > 0) {
      ftruncateSync(fd, goodBytes);
      fdatasyncSync(fd);
    }
    fsyncDirectory(options.dir);
    const journal = new Journal<S, R>(journalPath, snapshotPath, fd, lastSeq, goodBytes);
    journal.recordsSinceSnapshot = records.length;
    return { journal, recovered: { snapshot, records, droppedBytes } };
  }

  /** Number of records appended since the last snapshot (drives compaction). */
  get pending(): number {
    return this.recordsSinceSnapshot;
  }

  /**
   * Appends one record and returns only once it is durable. If the write or fsync fails (disk
   * full, I/O error) the partial line is cut off again, so later records never follow a torn
   * one and the caller can report the failure without the change taking effect.
   */
  append(record: R): number {
    const line = encodeLine(this.seq + 1, record);
    try {
      let offset = 0;
      while (offset < line.length) offset += writeSync(this.fd, line, offset);
      fdatasyncSync(this.fd);
    } catch (error) {
      ftruncateSync(this.fd, this.bytes);
      throw error;
    }
    this.seq += 1;
    this.bytes += line.length;
    this.recordsSinceSnapshot += 1;
    return this.seq;
  }

  /** Writes `state` (which must include every appended record) as the snapshot, then empties the journal. */
  compact(state: S): void {
    writeFileAtomic(this.snapshotPath, JSON.stringify({ lastSeq: this.seq, state }));
    closeSync(this.fd);
    writeFileAtomic(this.journalPath, '');
    this.fd = openSync(this.journalPath, 'a+', 0o600);
    this.bytes = 0;
    this.recordsSinceSnapshot = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
