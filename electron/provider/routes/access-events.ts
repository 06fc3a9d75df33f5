import type { Hono } from 'hono';
import { z } from 'zod';
import { rawJson, requireScope, type ProviderDeps, type ProviderEnv } from '../context';
import { decodeCursor, encodeCursor, queryFingerprint } from '../cursor';
import { badRequest } from '../errors';
import type { EventFilter } from '../event-store';
import type { Schemas } from '../types';
import { cursorParam, isoInstant, limitParam, parseOr400 } from '../validation';
import { dataCategories } from '../../../shared/domain/provider-vocabulary';

const ACTOR_KINDS = [
  'tenant-admin',
  'tenant-user',
  'application',
  'provider-operator',
  'subprocessor',
  'legal-demand',
] as const satisfies readonly Schemas['ActorKind'][];
const PURPOSES = [
  'service-delivery',
  'troubleshooting',
  'maintenance-improvement',
  'user-profiling',
  'advertising',
  'market-research',
] as const satisfies readonly Schemas['Purpose'][];
const RESULTS = [
  'success',
  'denied',
  'failed',
] as const satisfies readonly Schemas['AccessResult'][];

const filterQuery = z.object({
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  actor: z.string().min(1).max(256).optional(),
  actorKind: z.enum(ACTOR_KINDS).optional(),
  category: z.enum(dataCategories).optional(),
  purpose: z.enum(PURPOSES).optional(),
  result: z.enum(RESULTS).optional(),
});
const pageQuery = filterQuery.extend({ cursor: cursorParam, limit: limitParam(5000, 500) });

function checkRange(filter: EventFilter): void {
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) {
    throw badRequest([{ field: 'to', reason: 'must be after from' }]);
  }
}

/**
 * Access events are the hot path (the bench pages 200k of them): each page body is copied from
 * the JSON bytes stored once per event instead of serialising objects again.
 */
export function registerAccessEventRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { events } = deps.store.state;

  app.get('/v1/access-events', (c) => {
    requireScope(c, 'access.read');
    const { cursor, limit, ...filter } = parseOr400(pageQuery, c.req.query(), 'query');
    checkRange(filter);
    const fingerprint = queryFingerprint(filter);
    const before = decodeCursor(cursor, 'events', fingerprint) ?? events.size;
    const page = events.page(filter, before, limit);
    const next = page.next === null ? null : encodeCursor('events', fingerprint, page.next);
    return rawJson(c, events.pageBody(page.indices, next));
  });

  app.get('/v1/access-events/summary', (c) => {
    requireScope(c, 'access.read');
    const filter = parseOr400(filterQuery, c.req.query(), 'query');
    checkRange(filter);
    const summary: Schemas['AccessEventSummary'] = events.summary(filter);
    return c.json(summary);
  });
}
