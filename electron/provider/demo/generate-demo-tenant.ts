// The demo tenant the embedded provider serves: everything derives from {seed, asOf}, so the
// provider persists only those two and regenerates the same tenant on every start.
import { buildAccessEvents } from './access-events';
import { buildAccessRequests } from './access-requests';
import { buildDataLocations } from './locations';
import { createRandom } from './prng';
import { buildSettings } from './settings';
import { buildTransparencyReport } from './transparency';
import type { DemoTenant, DemoTenantOptions } from './types';

export const defaultDemoEventCount = 200_000;
export const defaultTenantName = 'Contoso Europe';
const dayMs = 86_400_000;

/** Each part draws from its own stream, so changing one part never reshuffles another. */
const streams = { settings: 1, locations: 2, requests: 3, events: 4, transparency: 5 } as const;

export function generateDemoTenant(options: DemoTenantOptions): DemoTenant {
  const { seed, asOf } = options;
  const eventCount = options.eventCount ?? defaultDemoEventCount;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${String(seed)}`);
  if (Number.isNaN(asOf.getTime())) throw new RangeError('asOf must be a valid date');
  if (!Number.isInteger(eventCount) || eventCount < 0) {
    throw new RangeError(`eventCount must be a non-negative integer, got ${String(eventCount)}`);
  }
  const createdAt = new Date(
    Math.floor((asOf.getTime() - 1100 * dayMs) / dayMs) * dayMs + 9 * 3_600_000,
  );
  const accessRequests = buildAccessRequests(createRandom(seed, streams.requests), asOf);
  return {
    tenant: {
      id: `tenant-${(seed >>> 0).toString(16).padStart(8, '0')}`,
      displayName: options.tenantName ?? defaultTenantName,
      country: 'DE',
      residencyCommitment: 'EU Data Boundary',
      lockboxEnabled: true,
      createdAt: createdAt.toISOString(),
    },
    settings: buildSettings(createRandom(seed, streams.settings), asOf, createdAt),
    dataLocations: buildDataLocations(createRandom(seed, streams.locations)),
    accessEvents: buildAccessEvents(
      createRandom(seed, streams.events),
      asOf,
      eventCount,
      accessRequests,
    ),
    accessRequests,
    transparencyReport: buildTransparencyReport(createRandom(seed, streams.transparency), asOf),
  };
}
