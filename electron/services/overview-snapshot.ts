import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { overviewSchema, type Overview } from '../../shared/ipc/schemas/tenant';
import { readOverview, type OverviewDeps } from './overview-service';

const fileName = 'overview.json';

async function readSnapshot(cacheDir: string): Promise<Overview | null> {
  try {
    const parsed = overviewSchema.safeParse(
      JSON.parse(await readFile(join(cacheDir, fileName), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function writeSnapshot(cacheDir: string, overview: Overview): Promise<void> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const path = join(cacheDir, fileName);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(overview), { mode: 0o600 });
  await rename(temp, path);
}

/**
 * The overview with a memory: every answer read while connected is kept in the connection's
 * own cache folder, and while the provider cannot be reached the last one is shown instead,
 * marked offline and dated by when it was read (`fetchedAt`).
 */
export async function readOverviewWithSnapshot(
  deps: OverviewDeps & { readonly cacheDir: string },
): Promise<Overview> {
  const overview = await readOverview(deps);
  if (overview.connection.state === 'connected') {
    await writeSnapshot(deps.cacheDir, overview);
    return overview;
  }
  if (overview.connection.state === 'offline') {
    const last = await readSnapshot(deps.cacheDir);
    if (last !== null) return { ...last, connection: overview.connection };
  }
  return overview;
}
