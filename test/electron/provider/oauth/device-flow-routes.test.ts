import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '../../../../electron/provider/types';
import { expectValidResponse } from '../../../support/openapi-validator';
import { startTestProvider, type TestProvider } from '../support/test-provider';

// The device authorization grant end to end over HTTP, every answer checked against
// shared/api/openapi.yaml. The provider's clock is the test's, so expiry needs no waiting.

let t: TestProvider;
let clock = Date.parse('2025-06-01T08:00:00.000Z');
const clientId = 'privacy-control-center';
const grantType = 'urn:ietf:params:oauth:grant-type:device_code';

beforeAll(async () => {
  t = await startTestProvider({
    now: () => new Date(clock),
    deviceFlow: { intervalSeconds: 5, codeTtlSeconds: 300, accessTokenTtlSeconds: 120 },
  });
});
afterAll(async () => {
  await t.dispose();
});

const advance = (seconds: number) => {
  clock += seconds * 1000;
};

async function post(path: string, form: Record<string, string>): Promise<Response> {
  return fetch(`${t.provider.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

type TokenAnswer = Schemas['TokenResponse'] | Schemas['OAuthError'];

async function valid(res: Response, method = 'POST'): Promise<{ status: number; body: unknown }> {
  return { status: res.status, body: await expectValidResponse(res, method) };
}

async function validTokenAnswer(res: Response): Promise<{ status: number; body: TokenAnswer }> {
  const { status, body } = await valid(res);
  return { status, body: body as TokenAnswer };
}

async function validPage(
  res: Response,
  method = 'POST',
): Promise<{ status: number; body: string }> {
  const { status, body } = await valid(res, method);
  return { status, body: String(body) };
}

async function startGrant(): Promise<Schemas['DeviceAuthorization']> {
  const res = await post('/v1/oauth/device-authorization', { client_id: clientId });
  expect(res.headers.get('cache-control')).toBe('no-store');
  const { status, body } = await valid(res);
  expect(status).toBe(200);
  return body as Schemas['DeviceAuthorization'];
}

const poll = async (deviceCode: string, client = clientId) =>
  validTokenAnswer(
    await post('/v1/oauth/token', {
      grant_type: grantType,
      device_code: deviceCode,
      client_id: client,
    }),
  );

async function decide(
  userCode: string,
  decision: 'approve' | 'deny',
  role = 'admin',
  token = t.provider.tokens.admin,
): Promise<{ status: number; body: string }> {
  const res = await post('/v1/device', { user_code: userCode, role, role_token: token, decision });
  expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  return validPage(res);
}

async function me(token: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${t.provider.url}/v1/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return valid(res, 'GET');
}

describe('device authorization', () => {
  it('hands out a device code, a readable user code and where to enter it', async () => {
    const grant = await startGrant();
    expect(grant.user_code).toMatch(/^[B-DF-HJ-NP-TV-XZ]{4}-[B-DF-HJ-NP-TV-XZ]{4}$/);
    expect(grant.verification_uri).toBe(`${t.provider.url}/v1/device`);
    expect(new URL(grant.verification_uri_complete).searchParams.get('user_code')).toBe(
      grant.user_code,
    );
    expect(grant).toMatchObject({ expires_in: 300, interval: 5 });
    expect(Buffer.from(grant.device_code, 'base64url')).toHaveLength(32);
  });

  it('refuses a JSON body or a missing client_id with invalid_request', async () => {
    const json = await fetch(`${t.provider.url}/v1/oauth/device-authorization`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: clientId }),
    });
    expect(await valid(json)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const empty = await post('/v1/oauth/device-authorization', {});
    expect(await valid(empty)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});

describe('polling the token endpoint', () => {
  it('answers authorization_pending, then slow_down to a client that polls too fast', async () => {
    const grant = await startGrant();
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'authorization_pending' });
    advance(1);
    expect((await poll(grant.device_code)).body).toMatchObject({
      error: 'slow_down',
      error_description: expect.stringContaining('10 s') as unknown,
    });
    // The interval is now 10 s for good: 6 s later is still too fast.
    advance(6);
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'slow_down' });
    advance(15);
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'authorization_pending' });
  });

  it('issues tokens once the code is approved on the page, and only once', async () => {
    const grant = await startGrant();
    const page = await decide(grant.user_code, 'approve', 'helpdesk', t.provider.tokens.helpdesk);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sign-in approved');
    advance(5);
    const { status, body } = await poll(grant.device_code);
    expect(status).toBe(200);
    if (!('access_token' in body)) throw new Error('expected tokens');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120 });
    expect(body.scope.split(' ')).not.toContain('settings.write');
    expect((await me(body.access_token)).body).toMatchObject({ role: 'helpdesk' });
    advance(5);
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers access_denied when the person denied, without needing a role token', async () => {
    const grant = await startGrant();
    expect((await decide(grant.user_code, 'deny', 'admin', '')).body).toContain('Sign-in denied');
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'access_denied' });
  });

  it('answers expired_token once the code ran out, and the page refuses it', async () => {
    const grant = await startGrant();
    advance(301);
    const refused = await decide(grant.user_code, 'approve');
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('unknown, already used or expired');
    expect((await poll(grant.device_code)).body).toMatchObject({ error: 'expired_token' });
  });

  it('answers invalid_grant to an unknown code or another client', async () => {
    const grant = await startGrant();
    expect((await poll('not-a-code')).body).toMatchObject({ error: 'invalid_grant' });
    expect((await poll(grant.device_code, 'someone-else')).body).toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('answers unsupported_grant_type and invalid_request', async () => {
    const password = await post('/v1/oauth/token', { grant_type: 'password', client_id: clientId });
    expect((await valid(password)).body).toMatchObject({ error: 'unsupported_grant_type' });
    const missing = await post('/v1/oauth/token', { grant_type: grantType, client_id: clientId });
    expect((await valid(missing)).body).toMatchObject({ error: 'invalid_request' });
  });
});

describe('the verification page', () => {
  it('shows the code from the link and the tenant, with no script', async () => {
    const grant = await startGrant();
    const res = await fetch(grant.verification_uri_complete);
    const { status, body } = await validPage(res, 'GET');
    expect(status).toBe(200);
    expect(body).toContain(`value="${grant.user_code}"`);
    expect(body).toContain('Contoso Europe');
    expect(body).not.toContain('<script');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('escapes what the link carries', async () => {
    const res = await fetch(
      `${t.provider.url}/v1/device?user_code=${encodeURIComponent('"><b>x')}`,
    );
    const { body } = await validPage(res, 'GET');
    expect(body).not.toContain('"><b>');
    expect(body).toContain('&#34;&#62;&#60;b&#62;x');
  });

  it('approves only with the chosen role’s token, and accepts the code in any case', async () => {
    const grant = await startGrant();
    const wrong = await decide(grant.user_code, 'approve', 'admin', t.provider.tokens.auditor);
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('That is not the admin token.');
    const lower = grant.user_code.toLowerCase().replace('-', ' ');
    const right = await decide(lower, 'approve', 'auditor', t.provider.tokens.auditor);
    expect(right.status).toBe(200);
    advance(5);
    const tokens = (await poll(grant.device_code)).body;
    if (!('access_token' in tokens)) throw new Error('expected tokens');
    expect((await me(tokens.access_token)).body).toMatchObject({ role: 'auditor' });
  });
});

describe('issued tokens', () => {
  async function signIn(): Promise<Schemas['TokenResponse']> {
    const grant = await startGrant();
    await decide(grant.user_code, 'approve');
    advance(5);
    const { body } = await poll(grant.device_code);
    if (!('access_token' in body)) throw new Error('expected tokens');
    return body;
  }
  const refresh = async (token: string) =>
    validTokenAnswer(
      await post('/v1/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: token,
        client_id: clientId,
      }),
    );

  it('expire after expires_in; the refresh token gets a new pair', async () => {
    const first = await signIn();
    expect((await me(first.access_token)).status).toBe(200);
    advance(121);
    expect((await me(first.access_token)).status).toBe(401);
    const renewed = await refresh(first.refresh_token);
    expect(renewed.status).toBe(200);
    if (!('access_token' in renewed.body)) throw new Error('expected tokens');
    expect(renewed.body.refresh_token).not.toBe(first.refresh_token);
    expect((await me(renewed.body.access_token)).body).toMatchObject({ role: 'admin' });
  });

  it('treat a spent refresh token presented again as theft and revoke the pair', async () => {
    const first = await signIn();
    const second = (await refresh(first.refresh_token)).body;
    if (!('access_token' in second)) throw new Error('expected tokens');
    expect((await refresh(first.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
    expect((await me(second.access_token)).status).toBe(401);
    expect((await refresh(second.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('are revoked together, and revoking an unknown token is no error', async () => {
    const tokens = await signIn();
    const revoked = await post('/v1/oauth/revoke', { token: tokens.refresh_token });
    expect((await valid(revoked)).status).toBe(200);
    expect((await me(tokens.access_token)).status).toBe(401);
    const unknown = await post('/v1/oauth/revoke', { token: 'never-issued' });
    expect((await valid(unknown)).status).toBe(200);
  });

  it('leave the fixed role tokens working for automation', async () => {
    expect((await me(t.provider.tokens.auditor)).body).toMatchObject({ role: 'auditor' });
  });
});
