/** Refresh this long before an access token expires, so no request goes out with a dead one. */
export const defaultRefreshMarginMs = 60_000;

/**
 * Whether to refresh before the next request: within the margin of expiry (or past it). The
 * stored tokens do not keep their time of issue, so a provider whose access tokens live less
 * than the margin gets a refresh before every request: wasteful, never wrong.
 */
export function refreshDue(
  tokens: { readonly expiresAt: string | null; readonly refreshToken: string | null },
  now: number,
  marginMs: number = defaultRefreshMarginMs,
): boolean {
  if (tokens.refreshToken === null || tokens.expiresAt === null) return false;
  const expiresAt = Date.parse(tokens.expiresAt);
  if (Number.isNaN(expiresAt)) return true;
  return now >= expiresAt - marginMs;
}
