import { z } from 'zod';
import { badRequest, type FieldIssue } from './errors';

/** `changes[0].value` style, as the document's ValidationIssue.field describes. */
export function fieldName(path: readonly PropertyKey[], fallback: string): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? fallback : out;
}

export function issuesOf(error: z.ZodError, fallback: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: fieldName(issue.path, fallback),
    reason: issue.message,
  }));
}

/** Parses or throws a 400 naming each offending field. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fallback: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(issuesOf(result.error, fallback));
  return result.data;
}

/** Reads a JSON request body; malformed JSON is a 400 on `body`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest([{ field: 'body', reason: 'is not valid JSON' }]);
  }
}

/** ISO 8601 instant with an offset (what `format: date-time` allows), as epoch ms. */
export const isoInstant = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));

/** `limit` query parameter with the document's bounds and default. */
export const limitParam = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

export const cursorParam = z.string().min(1).max(512).optional();

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');
