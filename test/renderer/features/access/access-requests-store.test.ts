import { describe, expect, it } from 'vitest';
import type { AccessRequestList } from '../../../../shared/ipc/schemas/access-requests';
import { createAccessRequestsStore } from '../../../../renderer/src/features/access/access-requests-store';
import { splitRequests } from '../../../../renderer/src/features/access/requests-order';
import { fakeBridge } from '../../fake-bridge';
import { sampleRequest } from './access-sample';

function list(requests = [sampleRequest('ar-1')]): AccessRequestList {
  return {
    requests,
    decider: { status: 'allowed', role: 'admin' },
    fetchedAt: '2025-06-01T10:00:00.000Z',
  };
}

describe('access requests store', () => {
  it('sends a decision, announces it, tells the overview and reads the list again', async () => {
    let reads = 0;
    let told = 0;
    const sent: unknown[] = [];
    const store = createAccessRequestsStore(
      fakeBridge({
        access: {
          listRequests: () => {
            reads += 1;
            return Promise.resolve({ ok: true, value: list() });
          },
          decideRequest: (request) => {
            sent.push(request);
            return Promise.resolve({
              ok: true,
              value: sampleRequest('ar-1', { status: 'approved' }),
            });
          },
        },
      }),
      () => {
        told += 1;
      },
    );
    await store.getState().open();
    const result = await store.getState().decide('ar-1', 'approve', 'ok for the ticket');
    expect(result.ok).toBe(true);
    expect(sent).toEqual([{ id: 'ar-1', decision: 'approve', reason: 'ok for the ticket' }]);
    expect(store.getState().lastDecision).toEqual({ id: 'ar-1', decision: 'approve' });
    expect(told).toBe(1);
    expect(reads).toBe(2);
  });

  it('hands the provider refusal back to the dialog and changes nothing', async () => {
    let reads = 0;
    const store = createAccessRequestsStore(
      fakeBridge({
        access: {
          listRequests: () => (reads++, Promise.resolve({ ok: true, value: list() })),
          decideRequest: () =>
            Promise.resolve({
              ok: false,
              error: { code: 'forbidden', message: 'The provider refused (403).' },
            }),
        },
      }),
    );
    await store.getState().open();
    const result = await store.getState().decide('ar-1', 'deny', 'no');
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'The provider refused (403).' },
    });
    expect(store.getState().lastDecision).toBeNull();
    expect(reads).toBe(1);
  });

  it('reads the list again when the request was decided elsewhere meanwhile', async () => {
    let reads = 0;
    const store = createAccessRequestsStore(
      fakeBridge({
        access: {
          listRequests: () => (reads++, Promise.resolve({ ok: true, value: list() })),
          decideRequest: () =>
            Promise.resolve({
              ok: false,
              error: { code: 'conflict', message: 'no longer pending' },
            }),
        },
      }),
    );
    await store.getState().decide('ar-1', 'deny', 'late');
    await Promise.resolve();
    expect(reads).toBe(1);
  });
});

describe('splitRequests', () => {
  it('puts pending first by expiry, decided ones newest decision first', () => {
    const decision = (at: string) => ({ by: 'admin', at, reason: 'r' });
    const { pending, decided } = splitRequests([
      sampleRequest('p-late', { expiresAt: '2025-06-01T22:00:00.000Z' }),
      sampleRequest('d-old', { status: 'denied', decision: decision('2025-05-01T00:00:00.000Z') }),
      sampleRequest('p-soon', { expiresAt: '2025-06-01T12:00:00.000Z' }),
      sampleRequest('d-new', {
        status: 'completed',
        decision: decision('2025-05-20T00:00:00.000Z'),
      }),
    ]);
    expect(pending.map((r) => r.id)).toEqual(['p-soon', 'p-late']);
    expect(decided.map((r) => r.id)).toEqual(['d-new', 'd-old']);
  });
});
