import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { checkResidency } from '../../../shared/domain/residency/residency-check';
import {
  dataLocationSchema,
  residencySourceSchema,
  type ResidencySnapshot,
  type ResidencySource,
} from '../../../shared/ipc/schemas/residency';
import type { ProviderClient } from '../provider-client';
import { allPages, collectPages, fetchChecked } from '../provider-call';
import { isServiceError } from '../service-error';

export interface ResidencyServiceDeps {
  readonly getClient: () => ProviderClient;
  /** This connection's cache folder: the last snapshot is kept there for offline use. */
  readonly cacheDir: () => string;
  readonly now?: () => Date;
}

export interface ResidencyService {
  /** Reads the provider now (or the cached snapshot when it is unreachable) and checks it. */
  refresh(): Promise<ResidencySnapshot>;
  /** The snapshot last shown, so an export says exactly what the user saw; read if none yet. */
  current(): Promise<ResidencySnapshot>;
}

const tenantSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  residencyCommitment: z.string(),
});
const locationPageSchema = z.object({
  items: z.array(dataLocationSchema),
  nextCursor: z.string().nullable(),
});
const cacheFile = 'residency-snapshot.json';

async function readSource(client: ProviderClient, now: Date): Promise<ResidencySource> {
  const [tenant, locations] = await Promise.all([
    fetchChecked(() => client.GET('/v1/tenant'), tenantSchema, 'a tenant'),
    collectPages(
      allPages(
        (cursor) =>
          fetchChecked(
            () => client.GET('/v1/data-locations', { params: { query: { limit: 1000, cursor } } }),
            locationPageSchema,
            'data locations',
          ),
        'data locations',
      ),
    ),
  ]);
  return {
    tenant: {
      id: tenant.id,
      displayName: tenant.displayName,
      residencyCommitment: tenant.residencyCommitment,
    },
    snapshotAt: now.toISOString(),
    locations,
  };
}

/** Checks a snapshot against its tenant's commitment with the shared residency rules. */
export function checkSnapshot(
  source: ResidencySource,
  origin: ResidencySnapshot['origin'],
): ResidencySnapshot {
  const report = checkResidency(source.locations, source.tenant.residencyCommitment);
  return {
    tenant: source.tenant,
    snapshotAt: source.snapshotAt,
    origin,
    commitmentKnown: report.commitmentKnown,
    // checkResidency keeps the input order, so each finding pairs with its full location.
    findings: report.findings.map((finding, i) => ({
      ...finding,
      location: source.locations[i] ?? dataLocationSchema.parse(finding.location),
    })),
    total: report.total,
    flagged: report.flagged,
    byCategory: report.byCategory,
    byService: report.byService,
  };
}

async function saveCache(dir: string, source: ResidencySource): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${cacheFile}.tmp`);
  await writeFile(temp, JSON.stringify(source), { mode: 0o600 });
  await rename(temp, join(dir, cacheFile));
}

/** The cached snapshot, or null when there is none or it is not one this app wrote. */
async function loadCache(dir: string): Promise<ResidencySource | null> {
  try {
    const parsed = residencySourceSchema.safeParse(
      JSON.parse(await readFile(join(dir, cacheFile), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function createResidencyService(deps: ResidencyServiceDeps): ResidencyService {
  const now = deps.now ?? (() => new Date());
  let last: ResidencySnapshot | null = null;

  async function refresh(): Promise<ResidencySnapshot> {
    let snapshot: ResidencySnapshot;
    try {
      const source = await readSource(deps.getClient(), now());
      snapshot = checkSnapshot(source, { kind: 'provider' });
      // A cache that cannot be written costs only the offline view, never this answer.
      await saveCache(deps.cacheDir(), source).catch(() => undefined);
    } catch (error) {
      if (!isServiceError(error) || error.code !== 'provider_unreachable') throw error;
      const cached = await loadCache(deps.cacheDir());
      if (cached === null) throw error;
      snapshot = checkSnapshot(cached, { kind: 'cache', reason: error.message });
    }
    last = snapshot;
    return snapshot;
  }

  return {
    refresh,
    current: () => (last === null ? refresh() : Promise.resolve(last)),
  };
}
