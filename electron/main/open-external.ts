import { shell } from 'electron';
import { checkExternalUrl } from '../services/external-url-policy';
import { ServiceError } from '../services/service-error';

/**
 * The app's one way out to the system browser: https only, plus the loopback provider
 * origins the caller names (see external-url-policy.ts).
 */
export async function openExternalUrl(
  url: string,
  loopbackHttpOrigins: readonly string[] = [],
): Promise<void> {
  const decision = checkExternalUrl(url, loopbackHttpOrigins);
  if (!decision.allowed) throw new ServiceError('bad_request', decision.reason);
  await shell.openExternal(decision.url);
}
