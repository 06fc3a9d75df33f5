import { decodeCursor, encodeCursor, queryFingerprint } from './cursor';

export type OffsetPage<T> = { items: T[]; nextCursor: string | null; total: number };

/**
 * Offset paging for the small, stable lists (locations, settings, requests). The cursor holds
 * the offset plus a fingerprint of the filters, so it only continues the query it came from.
 */
export function offsetPage<T>(
  all: readonly T[],
  kind: string,
  query: Readonly<Record<string, unknown>>,
  cursor: string | undefined,
  limit: number,
): OffsetPage<T> {
  const fingerprint = queryFingerprint(query);
  const offset = decodeCursor(cursor, kind, fingerprint) ?? 0;
  const items = all.slice(offset, offset + limit);
  const end = offset + items.length;
  return {
    items,
    nextCursor: end < all.length ? encodeCursor(kind, fingerprint, end) : null,
    total: all.length,
  };
}
