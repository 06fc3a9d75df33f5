import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ProviderContext, ProviderDeps, ProviderEnv } from './context';
import { ApiError, errorBody, newRequestId } from './errors';
import { registerAccessEventRoutes } from './routes/access-events';
import { registerAccessRequestRoutes } from './routes/access-requests';
import { registerChangePlanRoutes } from './routes/change-plans';
import { registerExportRoutes } from './routes/exports';
import { registerFaultRoutes } from './routes/faults';
import { registerDevicePageRoutes } from './routes/device-page';
import { registerMetaRoutes } from './routes/meta';
import {
  DEVICE_AUTHORIZATION_PATH,
  registerOAuthRoutes,
  REVOKE_PATH,
  TOKEN_PATH,
  VERIFICATION_PATH,
} from './routes/oauth';
import { registerSettingsRoutes } from './routes/settings';
import { registerSettingsPatchRoute } from './routes/settings-patch';

/** Reachable without a token, as the document's `security: []` says. */
const PUBLIC_PATHS = new Set([
  '/v1/health',
  '/v1/openapi.yaml',
  '/v1/exports/public-key',
  DEVICE_AUTHORIZATION_PATH,
  TOKEN_PATH,
  REVOKE_PATH,
  VERIFICATION_PATH,
]);
const FAULTS_PATH = '/v1/_test/faults';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorResponse(c: ProviderContext, error: ApiError): Response {
  const requestId = c.get('requestId');
  return c.json(errorBody(requestId, error.code, error.message, error.details), error.status, {
    'X-Request-Id': requestId,
    ...error.headers,
  });
}

export function createProviderApp(deps: ProviderDeps): Hono<ProviderEnv> {
  const app = new Hono<ProviderEnv>();

  app.use('*', async (c, next) => {
    const requestId = newRequestId();
    c.set('requestId', requestId);
    c.set('principal', null);
    c.header('X-Request-Id', requestId);
    await next();
  });

  // Faults first: they stand in for a provider that is slow or failing before it even looks at
  // the token. The endpoint that configures them is exempt so a test can always switch them off.
  app.use('*', async (c, next) => {
    if (deps.faults !== null && c.req.path !== FAULTS_PATH) {
      const decision = deps.faults.decide(c.req.method, c.req.path);
      if (decision.latencyMs > 0) await sleep(decision.latencyMs);
      if (decision.forced !== null)
        throw forcedError(decision.forced.status, decision.forced.retryAfterSeconds);
    }
    await next();
  });

  app.use('*', async (c, next) => {
    if (!PUBLIC_PATHS.has(c.req.path)) {
      const principal = deps.authenticate(c.req.header('Authorization'));
      if (principal === null) {
        throw new ApiError(401, 'unauthorized', 'A valid bearer token is required.', undefined, {
          'WWW-Authenticate': 'Bearer',
        });
      }
      c.set('principal', principal);
    }
    if (deps.rateLimit !== null) {
      const key =
        c.get('principal')?.tokenId ?? `anonymous:${c.env.incoming.socket.remoteAddress ?? ''}`;
      const decision = deps.rateLimit(key);
      if (!decision.allowed) {
        throw new ApiError(
          429,
          'rate_limited',
          `Too many requests; retry after ${decision.retryAfterSeconds} s.`,
          undefined,
          { 'Retry-After': String(decision.retryAfterSeconds) },
        );
      }
    }
    await next();
  });

  registerMetaRoutes(app, deps);
  registerOAuthRoutes(app, deps);
  registerDevicePageRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerSettingsPatchRoute(app, deps);
  registerChangePlanRoutes(app, deps);
  registerAccessEventRoutes(app, deps);
  registerAccessRequestRoutes(app, deps);
  registerExportRoutes(app, deps);
  if (deps.faults !== null) registerFaultRoutes(app, deps.faults);

  app.notFound((c) =>
    errorResponse(
      c,
      new ApiError(404, 'not_found', `No such endpoint: ${c.req.method} ${c.req.path}`),
    ),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 400 ? 'bad_request' : status === 401 ? 'unauthorized' : 'internal';
      return errorResponse(
        c,
        new ApiError(status === 400 || status === 401 ? status : 500, code, error.message),
      );
    }
    console.error('provider: unhandled error', error);
    return errorResponse(
      c,
      new ApiError(500, 'internal', 'The provider failed to handle the request.'),
    );
  });

  return app;
}

function forcedError(
  status: 412 | 429 | 500 | 503,
  retryAfterSeconds: number | undefined,
): ApiError {
  const retry =
    retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) };
  switch (status) {
    case 412:
      return new ApiError(412, 'precondition_failed', 'Injected fault: version conflict.', {
        conflicts: [],
      });
    case 429:
      return new ApiError(429, 'rate_limited', 'Injected fault: rate limited.', undefined, {
        'Retry-After': String(retryAfterSeconds ?? 1),
      });
    case 500:
      return new ApiError(500, 'internal', 'Injected fault: internal error.', undefined, retry);
    case 503:
      return new ApiError(503, 'unavailable', 'Injected fault: unavailable.', undefined, retry);
  }
}
