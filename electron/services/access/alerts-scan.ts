import { lockboxAlerts } from '../../../shared/domain/access/lockbox-rules';
import { PROHIBITED_PURPOSES, purposeAlerts } from '../../../shared/domain/access/purpose-rules';
import { accessAlertSchema, type AlertsReport } from '../../../shared/ipc/schemas/access-alerts';
import type { AccessEvent } from '../../../shared/ipc/schemas/access-events';
import { collectPages } from '../provider-call';
import type { ProviderClient } from '../provider-client';
import { eventPages } from './event-query';
import { readAllRequests } from './requests-service';

/**
 * Every alert over all of the provider's events without reading them all: the purpose rules can
 * only fire on a prohibited purpose and the lockbox rules only on provider operators, so the
 * provider is asked for exactly those events (its filters do the scanning), and the shared rules
 * judge each one. The requests list is small and read whole.
 */
export async function scanAlerts(client: ProviderClient, now: Date): Promise<AlertsReport> {
  const [requests, operatorEvents, ...prohibited] = await Promise.all([
    readAllRequests(client),
    collectPages(eventPages(client, { actorKind: 'provider-operator' })),
    ...PROHIBITED_PURPOSES.map((purpose) => collectPages(eventPages(client, { purpose }))),
  ]);
  const prohibitedEvents: AccessEvent[] = prohibited.flat();
  const alerts = [...purposeAlerts(prohibitedEvents), ...lockboxAlerts(operatorEvents, requests)];
  const unique = new Map(alerts.map((alert) => [alert.id, alert]));
  const sorted = [...unique.values()].sort((a, b) =>
    a.time === b.time ? a.id.localeCompare(b.id) : a.time < b.time ? 1 : -1,
  );
  return {
    // The rules copy actorKind and category from events the schema already checked; parsing
    // again states that in types instead of a cast.
    alerts: accessAlertSchema.array().parse(sorted),
    scannedAt: now.toISOString(),
    checked: {
      prohibitedPurposeEvents: prohibitedEvents.length,
      operatorEvents: operatorEvents.length,
      accessRequests: requests.length,
    },
  };
}
