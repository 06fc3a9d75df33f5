import {
  eventPageSchema,
  eventSummarySchema,
  type EventFilter,
  type EventPage,
  type EventSummary,
} from '../../../shared/ipc/schemas/access-events';
import type { ProviderClient } from '../provider-client';
import { allPages, fetchChecked } from '../provider-call';

/** The provider's own page size limit for access events. */
export const maxProviderPage = 5000;

/** The filter as provider query parameters: the provider narrows, the app never scans. */
export function providerQuery(filter: EventFilter) {
  return {
    from: filter.from,
    to: filter.to,
    actor: filter.actor,
    actorKind: filter.actorKind,
    category: filter.category,
    purpose: filter.purpose,
    result: filter.result,
  };
}

export function readEventPage(
  client: ProviderClient,
  filter: EventFilter,
  cursor: string | undefined,
  limit: number,
): Promise<EventPage> {
  return fetchChecked(
    () =>
      client.GET('/v1/access-events', {
        params: { query: { ...providerQuery(filter), cursor, limit } },
      }),
    eventPageSchema,
    'access events',
  );
}

export function readEventSummary(
  client: ProviderClient,
  filter: EventFilter,
): Promise<EventSummary> {
  return fetchChecked(
    () => client.GET('/v1/access-events/summary', { params: { query: providerQuery(filter) } }),
    eventSummarySchema,
    'an access-event summary',
  );
}

/** Every matching event, newest first, a page at a time (only one page is held at once). */
export function eventPages(
  client: ProviderClient,
  filter: EventFilter,
  pageSize = maxProviderPage,
): AsyncGenerator<EventPage['items']> {
  return allPages((cursor) => readEventPage(client, filter, cursor, pageSize), 'access events');
}
