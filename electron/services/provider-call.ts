import type { z } from 'zod';
import { describeIssues } from './ipc-registry';
import { failureToServiceError } from './overview-service';
import { readProvider, type FetchOutcome } from './provider-failure';
import { ServiceError } from './service-error';
import { userText } from './user-text/user-text';

/**
 * One provider call whose answer is checked against the schema the app relies on: a failure
 * becomes the ServiceError the registry turns into `{ ok: false }`, and a body that does not fit
 * is a provider error naming the first fields that were wrong, never a half-read screen.
 */
export async function fetchChecked<S extends z.ZodType>(
  call: () => Promise<FetchOutcome<unknown>>,
  schema: S,
  what: string,
): Promise<z.output<S>> {
  const read = await readProvider(call);
  if (!read.ok) throw failureToServiceError(read.failure);
  const parsed = schema.safeParse(read.data);
  if (!parsed.success) {
    throw new ServiceError(
      'provider_error',
      userText().provider.unreadableDetail(what, describeIssues(parsed.error.issues.slice(0, 3))),
    );
  }
  return parsed.data;
}

/** Enough pages for any real list, and a stop if a provider's cursor ever loops. */
export const maxPages = 500;

/** Follows `nextCursor` until the last page, yielding each page's items. */
export async function* allPages<T>(
  readPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  what: string,
): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const { items, nextCursor } = await readPage(cursor);
    yield items;
    if (nextCursor === null) return;
    cursor = nextCursor;
  }
  throw new ServiceError('provider_error', userText().provider.tooManyPages(what, maxPages));
}

export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pages) all.push(...items);
  return all;
}
