import type { ConnectionManager } from './connection-manager';

/**
 * `PCC_PROVIDER_URL` + `PCC_PROVIDER_TOKEN`: automation points a run at a provider with a
 * token, as a person would paste it. The connection is added once (or found again by its
 * address) and made active; the token is kept for this session only, never written.
 */
export async function connectFromEnvironment(
  manager: ConnectionManager,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const url = env.PCC_PROVIDER_URL?.trim() ?? '';
  const token = env.PCC_PROVIDER_TOKEN?.trim() ?? '';
  if (url === '') return;
  if (token === '') throw new Error('PCC_PROVIDER_URL is set but PCC_PROVIDER_TOKEN is not.');
  const list = await manager.list();
  const normalized = url.replace(/\/+$/, '');
  const existing = list.connections.find((c) => c.kind === 'remote' && c.url === normalized);
  const id = existing?.id ?? (await manager.add(url)).addedId;
  await manager.signInWithToken(id, token, { persist: false });
  await manager.switchTo(id);
}
