// The settings calls to the provider, each answer parsed with the IPC schemas before it goes
// anywhere: a provider that sends something else is an error here, not a crash in the UI.
import { z } from 'zod';
import type { PushOutcome } from '../../../shared/domain/settings/retry-policy';
import type {
  ChangeResult,
  ConflictDetail,
  PushPlan,
} from '../../../shared/domain/settings/push-state';
import {
  callerSchema,
  historyPageSchema,
  settingSchema,
  type Caller,
  type HistoryPage,
  type Setting,
} from '../../../shared/ipc/schemas/settings';
import type { ProviderClient } from '../provider-client';
import {
  describeHttpError,
  describeNetworkError,
  readProvider,
  type ProviderRead,
} from '../provider-failure';
import { userText } from '../user-text/user-text';

const settingPageSchema = z.object({
  items: z.array(settingSchema),
  nextCursor: z.string().nullable(),
});

const meSchema = z.object({
  subject: z.string(),
  role: callerSchema.shape.role,
  scopes: z.array(z.string()),
  tenantId: z.string(),
});

/** A catalogue longer than this is not a settings catalogue; it stops a cursor that loops. */
const maxPages = 50;

function parsed<T>(
  read: ProviderRead<unknown>,
  schema: z.ZodType<T>,
  what: string,
): ProviderRead<T> {
  if (!read.ok) return read;
  const result = schema.safeParse(read.data);
  return result.success
    ? { ok: true, data: result.data }
    : {
        ok: false,
        failure: {
          kind: 'http',
          status: 502,
          reason: userText().provider.unreadable(what),
        },
      };
}

export async function readCaller(client: ProviderClient): Promise<ProviderRead<Caller>> {
  const me = parsed(await readProvider(() => client.GET('/v1/me')), meSchema, 'an identity');
  if (!me.ok) return me;
  const { subject, role, tenantId, scopes } = me.data;
  return {
    ok: true,
    data: { subject, role, tenantId, canPush: scopes.includes('settings.write') },
  };
}

/** The whole catalogue, page by page (it is about forty settings; one page in practice). */
export async function readCatalogue(client: ProviderClient): Promise<ProviderRead<Setting[]>> {
  const settings: Setting[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const read = parsed(
      await readProvider(() =>
        client.GET('/v1/settings', { params: { query: { limit: 200, cursor } } }),
      ),
      settingPageSchema,
      'a settings page',
    );
    if (!read.ok) return read;
    settings.push(...read.data.items);
    if (read.data.nextCursor === null) return { ok: true, data: settings };
    cursor = read.data.nextCursor;
  }
  return {
    ok: false,
    failure: {
      kind: 'http',
      status: 502,
      reason: userText().provider.tooManySettingsPages,
    },
  };
}

export interface HistoryQuery {
  readonly settingId?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: number | undefined;
}

export async function readHistory(
  client: ProviderClient,
  query: HistoryQuery,
): Promise<ProviderRead<HistoryPage>> {
  const read = await readProvider(() =>
    client.GET('/v1/settings/history', {
      params: {
        query: {
          ...(query.settingId === undefined ? {} : { settingId: query.settingId }),
          ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
          limit: query.limit ?? 50,
        },
      },
    }),
  );
  return parsed(read, historyPageSchema, 'a history page');
}

const changeResultSchema = z.object({
  id: z.string(),
  status: z.enum(['applied', 'unchanged']),
  oldValue: z.string(),
  newValue: z.string(),
  version: z.string(),
});
const patchResponseSchema = z.object({ results: z.array(changeResultSchema) });
const conflictSchema = z.object({
  id: z.string(),
  expectedVersion: z.string(),
  current: z.object({ currentValue: z.string(), version: z.string() }),
});
const errorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    details: z.object({ conflicts: z.array(conflictSchema).optional() }).optional(),
  }),
});

/** What one PATCH attempt came to, in the terms the push state machine takes. */
export type PatchAttempt =
  | { readonly kind: 'ok'; readonly results: readonly ChangeResult[] }
  /** `conflicts` may be empty: a provider may say "stale" without saying what. */
  | { readonly kind: 'conflict'; readonly conflicts: readonly ConflictDetail[] }
  | {
      readonly kind: 'failed';
      readonly outcome: Exclude<PushOutcome, { kind: 'success' | 'precondition-failed' }>;
      readonly reason: string;
    };

function failedFor(status: number, body: unknown, retryAfter: string | null): PatchAttempt {
  const reason = describeHttpError(status, body);
  if (status === 429)
    return { kind: 'failed', outcome: { kind: 'rate-limited', retryAfter }, reason };
  if (status >= 500) {
    return { kind: 'failed', outcome: { kind: 'server-error', status, retryAfter }, reason };
  }
  return { kind: 'failed', outcome: { kind: 'client-error', status }, reason };
}

/** Sends the plan as one batch with its base versions and the idempotency key. Never throws. */
export async function patchSettings(
  client: ProviderClient,
  plan: PushPlan,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<PatchAttempt> {
  let outcome: Awaited<ReturnType<ProviderClient['PATCH']>>;
  try {
    outcome = await client.PATCH('/v1/settings', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: {
        changes: plan.changes.map((c) => ({
          id: c.settingId,
          value: c.value,
          ifMatch: c.baseVersion,
        })),
        ...(plan.comment === undefined || plan.comment === '' ? {} : { comment: plan.comment }),
      },
      signal,
    });
  } catch (error) {
    // Dropped, refused or timed out: the batch may or may not have been applied.
    return {
      kind: 'failed',
      outcome: { kind: 'network-dropped' },
      reason: describeNetworkError(error),
    };
  }
  const { response } = outcome;
  if (response.ok) {
    const body = patchResponseSchema.safeParse(outcome.data);
    if (body.success && body.data.results.length === plan.changes.length) {
      return { kind: 'ok', results: body.data.results };
    }
    // Applied (a 200 means so) but unreadable: resending with the same key replays the answer.
    return {
      kind: 'failed',
      outcome: { kind: 'server-error', status: 502, retryAfter: null },
      reason: userText().settings.appliedUnreadable,
    };
  }
  const retryAfter = response.headers.get('Retry-After');
  if (response.status === 412) {
    const body = errorBodySchema.safeParse(outcome.error);
    return {
      kind: 'conflict',
      conflicts: body.success ? (body.data.error.details?.conflicts ?? []) : [],
    };
  }
  return failedFor(response.status, outcome.error, retryAfter);
}
