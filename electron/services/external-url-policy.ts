/** Why a link may leave the app: only https pages, without credentials in the URL. */
export type ExternalUrlDecision =
  | { readonly allowed: true; readonly url: string }
  | { readonly allowed: false; readonly reason: string };

export function checkExternalUrl(candidate: string): ExternalUrlDecision {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { allowed: false, reason: 'It is not a valid address.' };
  }
  if (url.protocol !== 'https:') {
    return { allowed: false, reason: 'Only https:// links open outside the app.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: 'Links carrying a user name or password are not opened.' };
  }
  if (url.hostname === '') return { allowed: false, reason: 'The link has no host.' };
  return { allowed: true, url: url.href };
}
