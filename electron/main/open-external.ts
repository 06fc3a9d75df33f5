import { shell } from 'electron';
import { checkExternalUrl } from '../services/external-url-policy';
import { ServiceError } from '../services/service-error';

/** The app's one way out to the system browser: https only (see external-url-policy.ts). */
export async function openExternalUrl(url: string): Promise<void> {
  const decision = checkExternalUrl(url);
  if (!decision.allowed) throw new ServiceError('bad_request', decision.reason);
  await shell.openExternal(decision.url);
}
