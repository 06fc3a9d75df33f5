// Reads the provider directly (not through the app's services) so tests compare the app's
// answers with the source: every event of a filter, the requests, and a way to plant an event
// whose text a spreadsheet would run.
import { providerJson } from '../provider-fixture';
import type { RunningProvider } from '../../../../electron/provider/server';
import type { AccessEvent } from '../../../../shared/ipc/schemas/access-events';
import type { AccessRequest } from '../../../../shared/ipc/schemas/access-requests';

export async function allProviderEvents(
  provider: RunningProvider,
  query: Record<string, string> = {},
): Promise<AccessEvent[]> {
  const events: AccessEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '5000' });
    if (cursor !== null) params.set('cursor', cursor);
    const page = (await providerJson(provider, `/v1/access-events?${params.toString()}`)) as {
      items: AccessEvent[];
      nextCursor: string | null;
    };
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return events;
}

export async function allProviderRequests(provider: RunningProvider): Promise<AccessRequest[]> {
  const page = (await providerJson(provider, '/v1/access-requests?limit=200')) as {
    items: AccessRequest[];
    nextCursor: string | null;
  };
  if (page.nextCursor !== null) throw new Error('more requests than one page');
  return page.items;
}

interface ProviderSetting {
  id: string;
  version: string;
  currentValue: string;
  values: { value: string }[];
}

/**
 * Changes one setting with a comment; the provider records the change as a tenant-admin access
 * event whose justification is the comment. Returns the admin subject (the event's actor).
 */
export async function plantEventWithJustification(
  provider: RunningProvider,
  comment: string,
): Promise<string> {
  const page = (await providerJson(provider, '/v1/settings?limit=1')) as {
    items: ProviderSetting[];
  };
  const setting = page.items[0];
  if (!setting) throw new Error('no settings');
  const value = setting.values.find((v) => v.value !== setting.currentValue)?.value ?? '';
  await fetch(`${provider.url}/v1/settings`, {
    method: 'PATCH',
    headers: {
      Authorization: `Bearer ${provider.tokens.admin}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `plant-${String(Date.now())}-${String(Math.random()).slice(2)}`,
    },
    body: JSON.stringify({
      changes: [{ id: setting.id, value, ifMatch: setting.version }],
      comment,
    }),
  }).then((r) => {
    if (!r.ok) throw new Error(`PATCH /v1/settings: ${r.status}`);
  });
  const me = (await providerJson(provider, '/v1/me')) as { subject: string };
  return me.subject;
}
