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
    return { allowed: false, reason: 'It is not a valid address.' };
  }
  const knownLoopback = url.protocol === 'http:' && loopbackHttpOrigins.includes(url.origin);
  if (url.protocol !== 'https:' && !knownLoopback) {
    return { allowed: false, reason: 'Only https:// links open outside the app.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: 'Links carrying a user name or password are not opened.' };
  }
  if (url.hostname === '') return { allowed: false, reason: 'The link has no host.' };
  return { allowed: true, url: url.href };
}
