import type { Hono } from 'hono';
import { requireScope, type ProviderEnv } from '../context';
import { ApiError } from '../errors';
import { faultConfigSchema, type FaultInjector } from '../faults';
import { parseOr400, readJsonBody } from '../validation';

/** Registered only when the server was started with faults enabled (otherwise 404). */
export function registerFaultRoutes(app: Hono<ProviderEnv>, faults: FaultInjector): void {
  const requireAdmin = (principal: { role: string }) => {
    if (principal.role !== 'admin') {
      throw new ApiError(403, 'insufficient_scope', 'Only the admin role may configure faults.');
    }
  };

  app.put('/v1/_test/faults', async (c) => {
    requireAdmin(requireScope(c, 'tenant.read'));
    const config = parseOr400(faultConfigSchema, await readJsonBody(c.req.raw), 'body');
    return c.json(faults.set(config));
  });

  app.delete('/v1/_test/faults', (c) => {
    requireAdmin(requireScope(c, 'tenant.read'));
    return c.json(faults.reset());
  });
}
