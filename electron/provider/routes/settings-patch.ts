import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  clientIp,
  dropConnectionIfFaulted,
  requireScope,
  type ProviderDeps,
  type ProviderEnv,
} from '../context';
import { ApiError, badRequest } from '../errors';
import { canonicalJson } from '../signing';
import type {
  AccessEvent,
  Schemas,
  Setting,
  SettingHistoryEntry,
  SettingsPatchResponse,
} from '../types';
import { parseOr400, readJsonBody } from '../validation';
import { settingIdSchema } from './settings';

const patchSchema = z
  .object({
    changes: z
      .array(
        z
          .object({
            id: settingIdSchema,
            value: z.string().max(256),
            ifMatch: z.string().min(1).max(256),
          })
          .strict(),
      )
      .min(1)
      .max(100),
    comment: z.string().max(1000).optional(),
  })
  .strict();
type PatchRequest = z.infer<typeof patchSchema>;

const idempotencyKeySchema = z.string().min(8).max(128);

const nextVersion = (setting: Setting, value: string, requestId: string): string =>
  createHash('sha256')
    .update(`${setting.id}\u0000${setting.version}\u0000${value}\u0000${requestId}`)
    .digest('base64url')
    .slice(0, 16);

function checkBatch(body: PatchRequest, settings: ReadonlyMap<string, Setting>): Setting[] {
  const seen = new Set<string>();
  const duplicates = body.changes.flatMap((change, i) => {
    const dup = seen.has(change.id);
    seen.add(change.id);
    return dup ? [{ field: `changes[${i}].id`, reason: `repeats setting ${change.id}` }] : [];
  });
  if (duplicates.length > 0) throw badRequest(duplicates);

  const missing = body.changes
    .filter((change) => !settings.has(change.id))
    .map((change) => change.id);
  if (missing.length > 0)
    throw new ApiError(404, 'not_found', `No such setting: ${missing.join(', ')}`);
  const current = body.changes.map((change) => settings.get(change.id) as Setting);

  const conflicts: Schemas['SettingConflict'][] = body.changes.flatMap((change, i) => {
    const setting = current[i];
    return setting === undefined || setting.version === change.ifMatch
      ? []
      : [{ id: change.id, expectedVersion: change.ifMatch, current: setting }];
  });
  if (conflicts.length > 0) {
    throw new ApiError(
      412,
      'precondition_failed',
      `Stale version for ${conflicts.map((c) => c.id).join(', ')}; nothing was applied.`,
      { conflicts },
    );
  }

  const issues = body.changes.flatMap((change, i) => {
    const allowed = current[i]?.values.map((v) => v.value) ?? [];
    return allowed.includes(change.value)
      ? []
      : [{ field: `changes[${i}].value`, reason: `must be one of ${allowed.join(', ')}` }];
  });
  if (issues.length > 0) {
    throw new ApiError(
      422,
      'unprocessable',
      'A value is not allowed for its setting; nothing was applied.',
      {
        issues,
      },
    );
  }
  return current;
}

interface ChangeContext {
  readonly actor: string;
  readonly requestId: string;
  readonly appliedAt: string;
  readonly comment: string | null;
  readonly location: AccessEvent['location'];
  readonly ip: string;
}

interface BuiltPatch {
  readonly updated: Setting[];
  readonly history: SettingHistoryEntry[];
  readonly events: AccessEvent[];
  readonly results: Schemas['SettingChangeResult'][];
}

/** The new settings, history entries and access events of a checked batch (nothing applied yet). */
function buildPatch(
  state: ProviderDeps['store']['state'],
  current: readonly Setting[],
  changes: readonly { readonly value: string }[],
  ctx: ChangeContext,
): BuiltPatch {
  const updated: Setting[] = [];
  const history: SettingHistoryEntry[] = [];
  const events: AccessEvent[] = [];
  const results = changes.map((change, i): Schemas['SettingChangeResult'] => {
    const setting = current[i] as Setting;
    if (setting.currentValue === change.value) {
      return {
        id: setting.id,
        status: 'unchanged',
        oldValue: change.value,
        newValue: change.value,
        version: setting.version,
      };
    }
    const version = nextVersion(setting, change.value, ctx.requestId);
    updated.push({ ...setting, currentValue: change.value, version, updatedAt: ctx.appliedAt });
    history.push({
      id: `hist-${state.history.length + history.length + 1}`,
      settingId: setting.id,
      actor: ctx.actor,
      changedAt: ctx.appliedAt,
      oldValue: setting.currentValue,
      newValue: change.value,
      requestId: ctx.requestId,
      comment: ctx.comment,
    });
    events.push({
      id: `evt-live-${state.events.size + events.length + 1}`,
      time: ctx.appliedAt,
      actor: ctx.actor,
      actorKind: 'tenant-admin',
      category: 'service-generated',
      resource: `setting:${setting.id}`,
      operation: 'settings.update',
      purpose: 'service-delivery',
      justification: ctx.comment,
      ticket: null,
      accessRequestId: null,
      location: ctx.location,
      ip: ctx.ip,
      result: 'success',
    });
    return {
      id: setting.id,
      status: 'applied',
      oldValue: setting.currentValue,
      newValue: change.value,
      version,
    };
  });
  return { updated, history, events, results };
}

/**
 * Fault injection: "another administrator" changes settings just before this PATCH is handled,
 * committed like any change, so the PATCH meets a real version conflict. Entries naming an
 * unknown setting or a value it does not offer are ignored.
 */
function applyConcurrentChanges(deps: ProviderDeps, ctx: ChangeContext): void {
  const { state } = deps.store;
  const wanted = (deps.faults?.takeConcurrentChanges() ?? []).filter((change) => {
    const setting = state.settings.get(change.id);
    return setting?.values.some((v) => v.value === change.value) === true;
  });
  if (wanted.length === 0) return;
  const current = wanted.map((change) => state.settings.get(change.id) as Setting);
  const built = buildPatch(state, current, wanted, ctx);
  const response: SettingsPatchResponse = {
    requestId: ctx.requestId,
    appliedAt: ctx.appliedAt,
    results: built.results,
  };
  deps.store.commit({
    type: 'settings.patch',
    settings: built.updated,
    history: built.history,
    events: built.events,
    idempotency: { scope: `concurrent\u0000${ctx.requestId}`, bodyHash: '', response },
  });
}

/**
 * PATCH /v1/settings: validate everything, then commit the new settings, their history entries,
 * the access events they cause and the idempotency record as ONE journal record, so a crash
 * either keeps all of it or none, and a retry with the same key finds the stored answer.
 */
export function registerSettingsPatchRoute(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { state } = deps.store;
  const lastAdminEvent = state.events.at(state.events.lastIndexOfKind('tenant-admin'));
  const adminLocation = lastAdminEvent?.location ?? {
    countryCode: state.tenant.country,
    city: 'Unknown',
  };

  app.patch('/v1/settings', async (c) => {
    const principal = requireScope(c, 'settings.write');
    if (deps.faults !== null) {
      applyConcurrentChanges(deps, {
        actor: principal.subject.replace(/^[^@]*@/, 'concurrent-admin@'),
        requestId: `${c.get('requestId')}-concurrent`,
        appliedAt: deps.now().toISOString(),
        comment: 'Concurrent change (fault injection)',
        location: adminLocation,
        ip: clientIp(c),
      });
    }
    const key = parseOr400(
      idempotencyKeySchema,
      c.req.header('Idempotency-Key'),
      'Idempotency-Key',
    );
    const body = parseOr400(patchSchema, await readJsonBody(c.req.raw), 'body');
    const scope = `${principal.subject}\u0000${key}`;
    const bodyHash = createHash('sha256').update(canonicalJson(body)).digest('hex');

    const previous = state.idempotency.get(scope);
    if (previous !== undefined) {
      if (previous.bodyHash !== bodyHash) {
        throw new ApiError(
          409,
          'idempotency_key_reused',
          'This Idempotency-Key was already used with a different body.',
        );
      }
      return c.json(previous.response, 200, { 'Idempotent-Replayed': 'true' });
    }

    const current = checkBatch(body, state.settings);
    const requestId = c.get('requestId');
    const appliedAt = deps.now().toISOString();
    const built = buildPatch(state, current, body.changes, {
      actor: principal.subject,
      requestId,
      appliedAt,
      comment: body.comment ?? null,
      location: adminLocation,
      ip: clientIp(c),
    });
    const response: SettingsPatchResponse = { requestId, appliedAt, results: built.results };
    deps.store.commit({
      type: 'settings.patch',
      settings: built.updated,
      history: built.history,
      events: built.events,
      idempotency: { scope, bodyHash, response },
    });

    dropConnectionIfFaulted(c, deps);
    return c.json(response);
  });
}
