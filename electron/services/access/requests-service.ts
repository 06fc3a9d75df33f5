import { z } from 'zod';
import {
  accessRequestSchema,
  roleSchema,
  type AccessRequest,
  type AccessRequestList,
  type Decider,
  type DecisionKind,
} from '../../../shared/ipc/schemas/access-requests';
import { allPages, collectPages, fetchChecked } from '../provider-call';
import type { ProviderClient } from '../provider-client';
import { describeHttpError, describeNetworkError, providerSaid } from '../provider-failure';
import { ServiceError } from '../service-error';
import { userText } from '../user-text/user-text';

const requestPageSchema = z.object({
  items: z.array(accessRequestSchema),
  nextCursor: z.string().nullable(),
});
const meSchema = z.object({ role: roleSchema, scopes: z.array(z.string()) });

export function readAllRequests(client: ProviderClient): Promise<AccessRequest[]> {
  return collectPages(
    allPages(
      (cursor) =>
        fetchChecked(
          () => client.GET('/v1/access-requests', { params: { query: { limit: 200, cursor } } }),
          requestPageSchema,
          'access requests',
        ),
      'access requests',
    ),
  );
}

/** Who may decide comes from the provider's word about this token, never from the renderer. */
async function readDecider(client: ProviderClient): Promise<Decider> {
  try {
    const me = await fetchChecked(() => client.GET('/v1/me'), meSchema, 'the caller');
    return me.scopes.includes('requests.decide')
      ? { status: 'allowed', role: me.role }
      : { status: 'not-allowed', role: me.role };
  } catch (error) {
    if (error instanceof ServiceError) return { status: 'unknown', message: error.message };
    throw error;
  }
}

export async function listRequests(client: ProviderClient, now: Date): Promise<AccessRequestList> {
  const [requests, decider] = await Promise.all([readAllRequests(client), readDecider(client)]);
  return { requests, decider, fetchedAt: now.toISOString() };
}

function decisionError(status: number, body: unknown, id: string): ServiceError {
  const words = userText().access;
  const suffix = providerSaid(body);
  switch (status) {
    case 403:
      return new ServiceError('forbidden', `${words.decisionForbidden}${suffix}`);
    case 404:
      return new ServiceError('not_found', `${words.noSuchRequest(id)}${suffix}`);
    case 409:
      return new ServiceError('conflict', `${words.notPending(id)}${suffix}`);
    case 401:
      return new ServiceError('unauthorized', describeHttpError(status, body));
    default:
      return new ServiceError('provider_error', describeHttpError(status, body));
  }
}

/**
 * Approves or denies one pending request. Not retried: a decision is not idempotent on the
 * provider (a second approve is 409), so a lost answer is resolved by reading the list again.
 */
export async function decideRequest(
  client: ProviderClient,
  id: string,
  decision: DecisionKind,
  reason: string,
): Promise<AccessRequest> {
  const call = () => {
    const init = { params: { path: { id } }, body: { reason } };
    return decision === 'approve'
      ? client.POST('/v1/access-requests/{id}/approve', init)
      : client.POST('/v1/access-requests/{id}/deny', init);
  };
  let outcome: Awaited<ReturnType<typeof call>>;
  try {
    outcome = await call();
  } catch (error) {
    throw new ServiceError('provider_unreachable', describeNetworkError(error));
  }
  if (!outcome.response.ok) throw decisionError(outcome.response.status, outcome.error, id);
  const parsed = accessRequestSchema.safeParse(outcome.data);
  if (!parsed.success) {
    throw new ServiceError('provider_error', userText().access.decisionUnreadable);
  }
  return parsed.data;
}
