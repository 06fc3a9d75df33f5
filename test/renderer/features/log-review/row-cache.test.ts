import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/ipc-result';
import type { EventPage, EventRow } from '../../../../shared/ipc/schemas/logs';
import {
  createRowCache,
  type PageFetcher,
} from '../../../../renderer/src/features/log-review/row-cache';
import { deferred, type Deferred } from '../../fake-bridge';

function row(eventId: number): EventRow {
  return {
    eventId,
    fileId: 1,
    recordNo: eventId,
    time: null,
    actor: `a${eventId}`,
    actorKind: 'unknown',
    operation: null,
    workload: null,
    object: null,
    clientIp: null,
    result: 'unknown',
    recordType: null,
    purpose: null,
    flagged: false,
    tags: [],
    note: null,
  };
}

/** A fake main that holds `total` rows and answers each page when the test says so. */
function fakeMain(total: number) {
  const asked: { offset: number; answer: Deferred<IpcResult<EventPage>> }[] = [];
  const fetch: PageFetcher = (request) => {
    const answer = deferred<IpcResult<EventPage>>();
    asked.push({ offset: request.offset, answer });
    return answer.promise;
  };
  const answer = async (index: number) => {
    const call = asked[index];
    if (call === undefined) throw new Error('no such request');
    const rows = Array.from({ length: Math.max(0, Math.min(10, total - call.offset)) }, (_, i) =>
      row(call.offset + i),
    );
    call.answer.resolve({ ok: true, value: { rows, total } });
    await Promise.resolve();
    await Promise.resolve();
  };
  return { fetch, asked, answer };
}

describe('row cache', () => {
  it('fetches the page a row is on, once, and holds at most maxPages pages', async () => {
    const main = fakeMain(1_000_000);
    const cache = createRowCache(main.fetch, 10, 3);
    cache.reset({}, { column: 'time', direction: 'asc' });
    await main.answer(0);
    expect(cache.total()).toBe(1_000_000);
    expect(cache.row(5)?.eventId).toBe(5);
    expect(cache.row(25)).toBeUndefined();
    expect(cache.row(26)).toBeUndefined();
    expect(main.asked.map((a) => a.offset)).toEqual([0, 20]);
    await main.answer(1);
    expect(cache.row(26)?.eventId).toBe(26);
    for (const index of [500_000, 999_990, 70]) {
      cache.row(index);
      await main.answer(main.asked.length - 1);
    }
    expect(cache.heldRows()).toBeLessThanOrEqual(30);
    // The far-away first page was dropped and is fetched again when needed.
    expect(cache.row(0)).toBeUndefined();
  });

  it('ignores a late answer for an older view', async () => {
    const main = fakeMain(100);
    const cache = createRowCache(main.fetch, 10, 5);
    cache.reset({ text: 'old' }, { column: 'time', direction: 'asc' });
    cache.reset({ text: 'new' }, { column: 'time', direction: 'asc' });
    await main.answer(0);
    expect(cache.total()).toBeNull();
    await main.answer(1);
    expect(cache.total()).toBe(100);
  });

  it('patches an annotated row in place and notifies', async () => {
    const main = fakeMain(20);
    const cache = createRowCache(main.fetch, 10, 5);
    let changes = 0;
    cache.subscribe(() => (changes += 1));
    cache.reset({}, { column: 'time', direction: 'asc' });
    await main.answer(0);
    cache.patch({ ...row(3), flagged: true, note: 'seen' });
    expect(cache.row(3)).toMatchObject({ flagged: true, note: 'seen' });
    expect(changes).toBeGreaterThanOrEqual(3);
  });
});
