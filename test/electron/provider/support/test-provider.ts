import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectValidResponse } from '../../../support/openapi-validator';
import {
  startProviderServer,
  type ProviderServerOptions,
  type RunningProvider,
} from '../../../../electron/provider/server';

export type ApiResponse<T = unknown> = { status: number; headers: Headers; body: T };

export type RequestOptions = {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
};

/**
 * fetch that validates EVERY response against shared/api/openapi.yaml before the test sees it,
 * so "every response the tests receive is documented" holds by construction.
 */
export function createApi(baseUrl: string, defaultToken: string | null) {
  return async function api<T = unknown>(
    method: string,
    pathAndQuery: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const token = options.token === undefined ? defaultToken : options.token;
    const headers: Record<string, string> = { ...options.headers };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${baseUrl}${pathAndQuery}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const path = new URL(pathAndQuery, baseUrl).pathname;
    const body = await expectValidResponse(res, method, { path });
    if (res.headers.get('x-request-id') === null)
      throw new Error(`${method} ${path}: no X-Request-Id`);
    return { status: res.status, headers: res.headers, body: body as T };
  };
}

export type Api = ReturnType<typeof createApi>;

export type TestProvider = {
  provider: RunningProvider;
  dataDir: string;
  /** Requests as admin unless `token` says otherwise. */
  api: Api;
  /** Closes the server (keeps the data folder). */
  stop(): Promise<void>;
  /** Closes the server and removes the data folder. */
  dispose(): Promise<void>;
};

export const SMALL_DEMO = { eventCount: 3000 } as const;

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pcc-provider-'));
}

export async function startTestProvider(
  options: Partial<ProviderServerOptions> = {},
): Promise<TestProvider> {
  const dataDir = options.dataDir ?? makeDataDir();
  const provider = await startProviderServer({
    demo: SMALL_DEMO,
    rateLimit: false,
    ...options,
    dataDir,
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await provider.close();
  };
  return {
    provider,
    dataDir,
    api: createApi(provider.url, provider.tokens.admin),
    stop,
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
