/**
 * Where the renderer lives. A custom standard scheme gives the page a real origin (unlike
 * file://, where every file shares one), so IPC and navigation checks can name it exactly.
 * No electron import: the checks below are unit-tested under plain Node.
 */
export const appScheme = 'app';
export const appHost = 'renderer';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The origin of a URL as Chromium sees it. Node's WHATWG URL reports "null" for schemes it
 * does not know, but Chromium treats the privileged standard `app:` scheme like http, with
 * scheme://host as its origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === `${appScheme}:`) {
    return parsed.host === '' ? null : `${appScheme}://${parsed.host}`;
  }
  return parsed.origin === 'null' ? null : parsed.origin;
}

export function isAppUrl(url: string): boolean {
  return originOf(url) === appOrigin;
}
