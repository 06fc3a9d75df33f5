import { userText } from './user-text/user-text';

/**
 * Why a link may leave the app: https pages without credentials in the URL. One exception:
 * a provider on this computer's loopback (a test or demo provider) serves its sign-in page
 * over http, so http is allowed for exactly those origins the caller names (the connections
 * the user added), never for http in general.
 */
export type ExternalUrlDecision =
  | { readonly allowed: true; readonly url: string }
  | { readonly allowed: false; readonly reason: string };

export function checkExternalUrl(
  candidate: string,
  loopbackHttpOrigins: readonly string[] = [],
): ExternalUrlDecision {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { allowed: false, reason: userText().links.invalid };
  }
  const knownLoopback = url.protocol === 'http:' && loopbackHttpOrigins.includes(url.origin);
  if (url.protocol !== 'https:' && !knownLoopback) {
    return { allowed: false, reason: userText().links.httpsOnly };
  }
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: userText().links.credentials };
  }
  if (url.hostname === '') return { allowed: false, reason: userText().links.noHost };
  return { allowed: true, url: url.href };
}
