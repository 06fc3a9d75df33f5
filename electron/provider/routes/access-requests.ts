import type { Hono } from 'hono';
import { z } from 'zod';
import {
  dropConnectionIfFaulted,
  requireScope,
  type ProviderContext,
  type ProviderDeps,
  type ProviderEnv,
} from '../context';
import { ApiError, notFound } from '../errors';
import type { AccessRequest, Schemas } from '../types';
import { cursorParam, limitParam, parseOr400, readJsonBody } from '../validation';
import { offsetPage } from '../paging';

const STATUSES = [
  'pending',
  'approved',
  'denied',
  'expired',
  'revoked',
  'completed',
] as const satisfies readonly Schemas['AccessRequestStatus'][];

const listQuery = z.object({
  status: z.enum(STATUSES).optional(),
  cursor: cursorParam,
  limit: limitParam(200, 50),
});
const idSchema = z.string().min(1).max(128);
const decisionSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();

const HOUR_MS = 3_600_000;

/**
 * Lockbox-style requests. Expiry is evaluated against the clock on every read and decision (and
 * by a timer in server.ts), and each transition is journaled like any other change.
 */
export function registerAccessRequestRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { store } = deps;

  const find = (c: ProviderContext): AccessRequest => {
    const id = parseOr400(idSchema, c.req.param('id'), 'id');
    store.expireDue();
    const request = store.state.requests.get(id);
    if (request === undefined) throw notFound(`Access request ${id}`);
    return request;
  };

  app.get('/v1/access-requests', (c) => {
    requireScope(c, 'requests.read');
    const q = parseOr400(listQuery, c.req.query(), 'query');
    store.expireDue();
    const matching = [...store.state.requests.values()]
      .filter((r) => q.status === undefined || r.status === q.status)
      .sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1,
      );
    const { items, nextCursor } = offsetPage(
      matching,
      'requests',
      { status: q.status },
      q.cursor,
      q.limit,
    );
    const page: Schemas['AccessRequestPage'] = { items, nextCursor };
    return c.json(page);
  });

  app.get('/v1/access-requests/:id', (c) => {
    requireScope(c, 'requests.read');
    return c.json(find(c));
  });

  for (const action of ['approve', 'deny'] as const) {
    app.post(`/v1/access-requests/:id/${action}`, async (c) => {
      const principal = requireScope(c, 'requests.decide');
      const { reason } = parseOr400(decisionSchema, await readJsonBody(c.req.raw), 'body');
      const request = find(c);
      if (request.status !== 'pending') {
        throw new ApiError(
          409,
          'request_not_pending',
          `Access request ${request.id} is ${request.status}, not pending.`,
        );
      }
      const at = deps.now();
      const decided: AccessRequest = {
        ...request,
        status: action === 'approve' ? 'approved' : 'denied',
        decision: { by: principal.subject, at: at.toISOString(), reason },
        approvedWindow:
          action === 'approve'
            ? {
                start: at.toISOString(),
                end: new Date(
                  at.getTime() + request.requestedDurationHours * HOUR_MS,
                ).toISOString(),
              }
            : null,
      };
      store.commit({ type: 'access-request.update', request: decided });
      dropConnectionIfFaulted(c, deps);
      return c.json(decided);
    });
  }
}
