// The HTTP half of the device sign-in: typed by the provider API document, with the same
// timeout and transport policy as every other request. Answers become the state machine's
// events (device-flow.ts); nothing here decides what to do next.
import { z } from 'zod';
import { createProviderClient, type ProviderClient } from '../provider-client';
import { describeHttpError, describeNetworkError } from '../provider-failure';
import { userText } from '../user-text/user-text';
import type { DeviceFlowEvent, TokenAnswer } from './device-flow';

export const appClientId = 'privacy-control-center';
const deviceCodeGrant = 'urn:ietf:params:oauth:grant-type:device_code';
const form = { 'Content-Type': 'application/x-www-form-urlencoded' } as const;

const tokenSchema = z.object({
  access_token: z.string().min(1).max(4096),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().int().positive().optional(),
  refresh_token: z.string().min(1).max(4096).optional(),
});
const oauthErrorSchema = z.object({
  error: z.string().min(1).max(64),
  error_description: z.string().max(500).optional(),
});
const authorizationSchema = z.object({
  device_code: z.string().min(1).max(4096),
  user_code: z.string().min(1).max(32),
  verification_uri: z.url({ protocol: /^https?$/ }),
  verification_uri_complete: z.url({ protocol: /^https?$/ }).optional(),
  expires_in: z.number().int().positive(),
  interval: z.number().int().positive().optional(),
});

export type RefreshOutcome =
  | { readonly kind: 'tokens'; readonly answer: Extract<TokenAnswer, { kind: 'tokens' }> }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

export interface OAuthClient {
  startDeviceAuthorization(at: () => number): Promise<DeviceFlowEvent>;
  pollToken(deviceCode: string, at: () => number): Promise<DeviceFlowEvent>;
  refresh(refreshToken: string): Promise<RefreshOutcome>;
  /** Best effort (RFC 7009): a provider that cannot be reached does not stop a sign-out. */
  revoke(token: string): Promise<void>;
}

function toTokenAnswer(body: unknown): TokenAnswer | null {
  const tokens = tokenSchema.safeParse(body);
  if (tokens.success) {
    return {
      kind: 'tokens',
      accessToken: tokens.data.access_token,
      refreshToken: tokens.data.refresh_token ?? null,
      expiresIn: tokens.data.expires_in ?? null,
    };
  }
  const error = oauthErrorSchema.safeParse(body);
  return error.success
    ? { kind: 'error', error: error.data.error, description: error.data.error_description ?? null }
    : null;
}

export function createOAuthClient(options: {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
}): OAuthClient {
  const client: ProviderClient = createProviderClient({
    baseUrl: options.baseUrl,
    token: null,
    fetch: options.fetch,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });

  async function tokenRequest(
    body:
      | { grant_type: typeof deviceCodeGrant; device_code: string; client_id: string }
      | { grant_type: 'refresh_token'; refresh_token: string; client_id: string },
  ): Promise<{ answer: TokenAnswer } | { failure: string }> {
    try {
      const { data, error, response } = await client.POST('/v1/oauth/token', {
        body,
        headers: form,
      });
      const answer = toTokenAnswer(data ?? error);
      if (answer !== null && (response.ok || response.status === 400)) return { answer };
      return { failure: describeHttpError(response.ok ? 502 : response.status, error) };
    } catch (thrown) {
      return { failure: describeNetworkError(thrown) };
    }
  }

  return {
    async startDeviceAuthorization(at) {
      try {
        const { data, error, response } = await client.POST('/v1/oauth/device-authorization', {
          body: { client_id: appClientId },
          headers: form,
        });
        const parsed = authorizationSchema.safeParse(data);
        if (!parsed.success) {
          const said = oauthErrorSchema.safeParse(error);
          const reason = said.success
            ? userText().connections.signInRefusedToStart(said.data.error)
            : response.ok
              ? userText().connections.signInAnswerUnknown
              : describeHttpError(response.status, error);
          return { type: 'authorization-failed', reason };
        }
        const grant = parsed.data;
        return {
          type: 'authorized',
          at: at(),
          grant: {
            deviceCode: grant.device_code,
            userCode: grant.user_code,
            verificationUri: grant.verification_uri,
            verificationUriComplete: grant.verification_uri_complete ?? null,
          },
          expiresIn: grant.expires_in,
          interval: grant.interval ?? null,
        };
      } catch (thrown) {
        return { type: 'authorization-failed', reason: describeNetworkError(thrown) };
      }
    },
    async pollToken(deviceCode, at) {
      const result = await tokenRequest({
        grant_type: deviceCodeGrant,
        device_code: deviceCode,
        client_id: appClientId,
      });
      return 'answer' in result
        ? { type: 'poll-answered', at: at(), answer: result.answer }
        : { type: 'poll-failed', at: at(), reason: result.failure };
    },
    async refresh(refreshToken) {
      const result = await tokenRequest({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: appClientId,
      });
      if (!('answer' in result)) return { kind: 'unreachable', reason: result.failure };
      const { answer } = result;
      if (answer.kind === 'tokens') return { kind: 'tokens', answer };
      return {
        kind: 'rejected',
        reason: userText().connections.signInEnded(answer.error),
      };
    },
    async revoke(token) {
      try {
        await client.POST('/v1/oauth/revoke', { body: { token }, headers: form });
      } catch {
        // Unreachable: the local copy is deleted anyway, and the token expires on its own.
      }
    },
  };
}
