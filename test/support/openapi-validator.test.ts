import { describe, expect, it } from 'vitest';
import {
  documentedResponses,
  expectValidResponse,
  matchPathTemplate,
  validateResponse,
  validateSchema,
} from './openapi-validator';

const setting = {
  id: 'os.allow-telemetry',
  product: 'operating-system',
  title: 'Diagnostic data',
  description: 'How much diagnostic data the operating system sends.',
  values: [
    { value: '0', label: 'Off', sends: 'Nothing.', feeds: [] },
    { value: '1', label: 'Required', sends: 'Device health.', feeds: ['diagnostic'] },
  ],
  defaultValue: '1',
  currentValue: '1',
  feeds: ['diagnostic'],
  version: 'v1',
  updatedAt: '2025-06-01T08:00:00.000Z',
};

const errorBody = {
  error: { code: 'not_found', message: 'No such setting', requestId: 'req-1' },
};

function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r', ...headers },
  });
}

describe('validateResponse', () => {
  it('accepts a documented response with a valid body', () => {
    const result = validateResponse({
      method: 'GET',
      path: '/v1/settings/os.allow-telemetry?x=1',
      status: 200,
      body: setting,
      contentType: 'application/json',
    });
    expect(result).toEqual({ valid: true });
  });

  it('accepts a documented error response', () => {
    expect(
      validateResponse({
        method: 'get',
        path: '/v1/settings/nope',
        status: 404,
        body: errorBody,
        contentType: 'application/json',
      }),
    ).toEqual({ valid: true });
  });

  it('fails on a missing required field and names it', () => {
    const body: Partial<typeof setting> = { ...setting };
    delete body.currentValue;
    const result = validateResponse({
      method: 'GET',
      path: '/v1/settings/x',
      status: 200,
      body,
      contentType: 'application/json',
    });
    expect(result.valid).toBe(false);
    expect(!result.valid && result.errors).toContain('currentValue');
  });

  it('fails on an extra field and names it', () => {
    const result = validateResponse({
      method: 'GET',
      path: '/v1/settings/x',
      status: 200,
      body: { ...setting, secret: 'x' },
      contentType: 'application/json',
    });
    expect(!result.valid && result.errors).toContain("'secret'");
  });

  it('fails on a value outside an enum', () => {
    const result = validateResponse({
      method: 'GET',
      path: '/v1/settings/x',
      status: 200,
      body: { ...setting, feeds: ['telemetry'] },
      contentType: 'application/json',
    });
    expect(!result.valid && result.errors).toContain('/feeds/0');
  });

  it('fails on an undocumented status', () => {
    const result = validateResponse({
      method: 'GET',
      path: '/v1/tenant',
      status: 418,
      body: errorBody,
      contentType: 'application/json',
    });
    expect(!result.valid && result.errors).toContain('status 418 not documented');
  });

  it('fails on an undocumented path and an undocumented method', () => {
    const path = validateResponse({ method: 'GET', path: '/v1/nope', status: 200, body: {} });
    expect(!path.valid && path.errors).toContain('undocumented path');
    const method = validateResponse({
      method: 'DELETE',
      path: '/v1/tenant',
      status: 200,
      body: {},
    });
    expect(!method.valid && method.errors).toContain('method not documented');
  });

  it('fails on an undocumented content type', () => {
    const result = validateResponse({
      method: 'GET',
      path: '/v1/settings/x',
      status: 404,
      body: 'Not found',
      contentType: 'text/plain',
    });
    expect(!result.valid && result.errors).toContain('content type text/plain not documented');
  });

  it('checks required headers when given', () => {
    const base = {
      method: 'GET',
      path: '/v1/settings/x',
      status: 200,
      body: setting,
      contentType: 'application/json',
    };
    const missing = validateResponse({ ...base, headers: new Headers({ 'x-request-id': 'r' }) });
    expect(!missing.valid && missing.errors).toContain('missing header ETag');
    const ok = validateResponse({
      ...base,
      headers: new Headers({ 'x-request-id': 'r', etag: '"v1"' }),
    });
    expect(ok).toEqual({ valid: true });
  });
});

describe('the document itself', () => {
  it('routes every documented response back to its own operation and compiles its schemas', () => {
    const all = documentedResponses();
    expect(all.length).toBeGreaterThan(150);
    for (const r of all) {
      const path = r.template.replace(/\{[^}]+\}/g, 'some-id');
      const result = validateResponse({
        method: r.method,
        path,
        status: Number(r.status),
        body: undefined,
        contentType: r.mediaTypes[0] ?? null,
        headers: new Headers(),
      });
      // The empty body/headers must fail on content, never on routing.
      const errors = result.valid ? '' : result.errors;
      expect(errors, `${r.method} ${r.template} ${r.status}`).not.toMatch(
        /not documented|undocumented/,
      );
      expect(matchPathTemplate(path), path).toBe(r.template);
    }
  });

  // RFC 6749 §5.2 fixes the sign-in endpoints' error shape and the verification page answers
  // a person in HTML; every other error response is the API's one Error shape.
  function expectedError(r: { template: string; status: string }) {
    if (r.template === '/v1/device' && r.status === '400') {
      return { media: 'text/html', body: '<p>The code expired.</p>' };
    }
    if (r.template.startsWith('/v1/oauth/') && r.status === '400') {
      return {
        media: 'application/json',
        body: { error: 'invalid_request', error_description: 'Send a form body.' },
      };
    }
    return { media: 'application/json', body: errorBody };
  }

  it('documents X-Request-Id and the Error body on every error response', () => {
    for (const r of documentedResponses().filter((x) => Number(x.status) >= 400)) {
      const expected = expectedError(r);
      expect(r.mediaTypes, `${r.method} ${r.template} ${r.status}`).toEqual([expected.media]);
      const result = validateResponse({
        method: r.method,
        path: r.template.replace(/\{[^}]+\}/g, 'x'),
        status: Number(r.status),
        body: expected.body,
        contentType: expected.media,
        headers: new Headers({
          'x-request-id': 'r',
          'retry-after': '1',
          'cache-control': 'no-store',
        }),
      });
      expect(result, `${r.method} ${r.template} ${r.status}`).toEqual({ valid: true });
    }
  });
});

describe('matchPathTemplate', () => {
  it('prefers a literal path over a template', () => {
    expect(matchPathTemplate('/v1/settings/history')).toBe('/v1/settings/history');
    expect(matchPathTemplate('/v1/settings/abc')).toBe('/v1/settings/{id}');
    expect(matchPathTemplate('/v1/exports/public-key')).toBe('/v1/exports/public-key');
    expect(matchPathTemplate('/v1/exports/e1/manifest')).toBe('/v1/exports/{id}/manifest');
  });
});

describe('validateSchema', () => {
  it('validates named component schemas', () => {
    expect(validateSchema('Setting', setting)).toEqual({ valid: true });
    expect(validateSchema('DataCategory', 'diagnostic')).toEqual({ valid: true });
    expect(validateSchema('Geography', 'MARS').valid).toBe(false);
    expect(validateSchema('Timestamp', 'yesterday').valid).toBe(false);
  });
});

describe('expectValidResponse', () => {
  it('resolves with the parsed body for a valid response and leaves the body readable', async () => {
    const res = jsonResponse(errorBody, 404);
    await expect(
      expectValidResponse(res, 'GET', { path: '/v1/access-requests/x' }),
    ).resolves.toEqual(errorBody);
    await expect(res.json()).resolves.toEqual(errorBody);
  });

  it('throws with the validation errors for an invalid response', async () => {
    const res = jsonResponse({ error: { code: 'nope', message: 'x' } }, 404);
    await expect(expectValidResponse(res, 'GET', { path: '/v1/settings/x' })).rejects.toThrow(
      /requestId/,
    );
  });

  it('throws when a required header is missing', async () => {
    const res = new Response(JSON.stringify(errorBody), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
    await expect(expectValidResponse(res, 'GET', { path: '/v1/settings/x' })).rejects.toThrow(
      /X-Request-Id/,
    );
  });
});
