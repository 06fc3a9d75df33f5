import type { Hono } from 'hono';
import { z } from 'zod';
import { ROLE_SCOPES } from '../auth';
import type { ProviderContext, ProviderDeps, ProviderEnv } from '../context';
import type { IssuedTokenSet } from '../oauth/issued-tokens';
import type { Schemas } from '../types';

export const DEVICE_AUTHORIZATION_PATH = '/v1/oauth/device-authorization';
export const TOKEN_PATH = '/v1/oauth/token';
export const REVOKE_PATH = '/v1/oauth/revoke';
export const VERIFICATION_PATH = '/v1/device';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

type OAuthErrorCode = Schemas['OAuthError']['error'];

// RFC 6749 §5.1: token responses must not be cached anywhere.
const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

const clientId = z.string().min(1).max(128);
const authorizationForm = z.object({ client_id: clientId, scope: z.string().max(512).optional() });
const tokenForm = z.discriminatedUnion('grant_type', [
  z.object({
    grant_type: z.literal(DEVICE_CODE_GRANT),
    device_code: z.string().min(1).max(256),
    client_id: clientId,
  }),
  z.object({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string().min(1).max(256),
    client_id: clientId,
  }),
]);
const revokeForm = z.object({
  token: z.string().min(1).max(256),
  token_type_hint: z.enum(['access_token', 'refresh_token']).optional(),
});

function oauthError(c: ProviderContext, error: OAuthErrorCode, description: string): Response {
  const body: Schemas['OAuthError'] = { error, error_description: description };
  return c.json(body, 400, noStore);
}

/** RFC 6749 §3.2 and RFC 8628 §3.1: these endpoints take form bodies, never JSON. */
async function readForm(c: ProviderContext): Promise<Record<string, string> | null> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const params = new URLSearchParams(await c.req.text());
  const form: Record<string, string> = {};
  for (const [key, value] of params) {
    // A repeated parameter is an error (RFC 6749 §3.1); dropping it would hide the mistake.
    if (key in form) return null;
    form[key] = value;
  }
  return form;
}

function tokenBody(issued: IssuedTokenSet): Schemas['TokenResponse'] {
  return {
    access_token: issued.accessToken,
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    refresh_token: issued.refreshToken,
    scope: ROLE_SCOPES[issued.role].join(' '),
  };
}

/** The OAuth 2.0 device authorization grant (RFC 8628), refresh (RFC 6749 §6), revocation (RFC 7009). */
export function registerOAuthRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { grants, issued } = deps.oauth;

  app.post(DEVICE_AUTHORIZATION_PATH, async (c) => {
    const parsed = authorizationForm.safeParse(await readForm(c));
    if (!parsed.success) {
      return oauthError(
        c,
        'invalid_request',
        'Send client_id as an application/x-www-form-urlencoded body.',
      );
    }
    const started = grants.start(parsed.data.client_id);
    const verificationUri = new URL(VERIFICATION_PATH, c.req.url).href;
    const complete = new URL(verificationUri);
    complete.searchParams.set('user_code', started.userCode);
    const body: Schemas['DeviceAuthorization'] = {
      device_code: started.deviceCode,
      user_code: started.userCode,
      verification_uri: verificationUri,
      verification_uri_complete: complete.href,
      expires_in: started.expiresIn,
      interval: started.interval,
    };
    return c.json(body, 200, noStore);
  });

  app.post(TOKEN_PATH, async (c) => {
    const form = await readForm(c);
    if (form !== null && form.grant_type !== undefined) {
      const known = form.grant_type === DEVICE_CODE_GRANT || form.grant_type === 'refresh_token';
      if (!known)
        return oauthError(
          c,
          'unsupported_grant_type',
          'Use the device_code or refresh_token grant.',
        );
    }
    const parsed = tokenForm.safeParse(form);
    if (!parsed.success) {
      return oauthError(
        c,
        'invalid_request',
        'The token request is missing a parameter or is not a form.',
      );
    }
    const request = parsed.data;
    if (request.grant_type === 'refresh_token') {
      const renewed = issued.refresh(request.refresh_token, request.client_id);
      if (renewed === null) {
        return oauthError(
          c,
          'invalid_grant',
          'The refresh token is not valid any more; sign in again.',
        );
      }
      return c.json(tokenBody(renewed), 200, noStore);
    }
    const outcome = grants.poll(request.device_code, request.client_id);
    switch (outcome.kind) {
      case 'pending':
        return oauthError(c, 'authorization_pending', 'Waiting for the code to be approved.');
      case 'slow_down':
        return oauthError(
          c,
          'slow_down',
          `Polling too fast; wait ${outcome.interval} s between polls.`,
        );
      case 'denied':
        return oauthError(c, 'access_denied', 'The sign-in was denied on the verification page.');
      case 'expired':
        return oauthError(c, 'expired_token', 'The code expired before it was approved.');
      case 'invalid':
        return oauthError(c, 'invalid_grant', 'Unknown device code, or one already used.');
      case 'approved':
        return c.json(tokenBody(issued.issue(outcome.role, request.client_id)), 200, noStore);
    }
  });

  app.post(REVOKE_PATH, async (c) => {
    const parsed = revokeForm.safeParse(await readForm(c));
    if (!parsed.success) return oauthError(c, 'invalid_request', 'Send token as a form body.');
    issued.revoke(parsed.data.token);
    // RFC 7009 §2.2: 200 whether or not the token was known.
    return c.body(null, 200, noStore);
  });
}
