import { createHash } from 'node:crypto';
import { z } from 'zod';
import { badRequest } from './errors';

/**
 * Opaque base64url cursors. Each carries the position it continues from and a fingerprint of the
 * query that produced it, so a cursor replayed against different filters is a clear 400 instead
 * of a silently wrong page.
 */
const cursorSchema = z.object({ k: z.string(), q: z.string(), p: z.number().int().nonnegative() });

export const queryFingerprint = (query: Readonly<Record<string, unknown>>): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .sort(),
      ),
    )
    .digest('base64url')
    .slice(0, 12);

export function encodeCursor(kind: string, fingerprint: string, position: number): string {
  return Buffer.from(JSON.stringify({ k: kind, q: fingerprint, p: position }), 'utf8').toString(
    'base64url',
  );
}

/** Returns the position the cursor continues from, or null when there is no cursor. */
export function decodeCursor(
  cursor: string | undefined,
  kind: string,
  fingerprint: string,
): number | null {
  if (cursor === undefined) return null;
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest([{ field: 'cursor', reason: 'is not a cursor this server issued' }]);
  }
  if (parsed.k !== kind || parsed.q !== fingerprint) {
    throw badRequest([{ field: 'cursor', reason: 'belongs to a different query or resource' }]);
  }
  return parsed.p;
}
