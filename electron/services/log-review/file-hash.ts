import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Hex SHA-256 of a file, streamed so a gigabyte export never sits in memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * 1-based physical line numbers of byte offsets (DuckDB reports where a rejected CSV record
 * starts in bytes; its own line count counts records, which differs once a value spans lines).
 */
export async function lineNumbersAt(
  path: string,
  offsets: readonly number[],
): Promise<Map<number, number>> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  if (wanted.length === 0) return result;
  const last = wanted[wanted.length - 1] ?? 0;
  let line = 1;
  let position = 0;
  let next = 0;
  for await (const chunk of createReadStream(path, {
    end: Math.max(0, last - 1),
    highWaterMark: 1 << 20,
  })) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i += 1) {
      while (next < wanted.length && (wanted[next] ?? 0) <= position + i)
        result.set(wanted[next++] ?? 0, line);
      if (bytes[i] === 10) line += 1;
    }
    position += bytes.length;
  }
  while (next < wanted.length) result.set(wanted[next++] ?? 0, line);
  return result;
}
