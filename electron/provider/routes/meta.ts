import type { Hono } from 'hono';
import { z } from 'zod';
import { requireScope, type ProviderDeps, type ProviderEnv } from '../context';
import { offsetPage } from '../paging';
import { booleanParam, cursorParam, limitParam, parseOr400 } from '../validation';
import type { Schemas } from '../types';
import { dataCategories, services } from '../../../shared/domain/provider-vocabulary';

const locationQuery = z.object({
  service: z.enum(services).optional(),
  category: z.enum(dataCategories).optional(),
  inCommitment: booleanParam.optional(),
  cursor: cursorParam,
  limit: limitParam(1000, 200),
});

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Health, the API document, the caller, the tenant, its data locations and the transparency report. */
export function registerMetaRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { state } = deps.store;
  const locations = [...state.dataLocations].sort(
    (a, b) =>
      compare(a.service, b.service) ||
      compare(a.category, b.category) ||
      compare(a.processing, b.processing) ||
      compare(a.id, b.id),
  );

  app.get('/v1/health', (c) => c.json({ status: 'ok' as const, version: deps.version }));

  app.get('/v1/openapi.yaml', (c) =>
    c.body(deps.apiDocument(), 200, { 'Content-Type': 'application/yaml; charset=utf-8' }),
  );

  app.get('/v1/me', (c) => {
    const principal = c.get('principal');
    if (principal === null) throw new Error('auth middleware did not run');
    const me: Schemas['Me'] = {
      subject: principal.subject,
      role: principal.role,
      scopes: [...principal.scopes],
      tenantId: state.tenant.id,
    };
    return c.json(me);
  });

  app.get('/v1/tenant', (c) => {
    requireScope(c, 'tenant.read');
    return c.json(state.tenant);
  });

  app.get('/v1/data-locations', (c) => {
    requireScope(c, 'locations.read');
    const q = parseOr400(locationQuery, c.req.query(), 'query');
    const matching = locations.filter(
      (l) =>
        (q.service === undefined || l.service === q.service) &&
        (q.category === undefined || l.category === q.category) &&
        (q.inCommitment === undefined || l.inCommitment === q.inCommitment),
    );
    const { cursor, limit, ...filters } = q;
    const page: Schemas['DataLocationPage'] = offsetPage(
      matching,
      'locations',
      filters,
      cursor,
      limit,
    );
    return c.json(page);
  });

  app.get('/v1/transparency-report', (c) => {
    requireScope(c, 'transparency.read');
    return c.json(state.transparencyReport);
  });
}
