// Which provider addresses the app talks to, and how. Tokens travel in every request, so a
// provider off this computer is reached over https only, and a certificate the system does not
// trust is an error, never a warning to click through.

import { userText } from '../user-text/user-text';

export type ProviderUrlDecision =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

const maxUrlLength = 2048;

/**
 * 127.0.0.0/8, ::1 and `localhost`: traffic that never leaves the computer. Names under
 * `.localhost` are not taken: RFC 6761 §6.3 asks resolvers to keep them on loopback, but the
 * system resolver Node uses does not promise to, and a token must never go out in clear text.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost') return true;
  if (host === '[::1]') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/**
 * Node's fetch honours NODE_TLS_REJECT_UNAUTHORIZED=0 by accepting any certificate. The app
 * refuses to send tokens over https in such a process rather than send them unverified.
 */
export function certificateChecksDisabled(
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
}

export function certificateChecksDisabledReason(): string {
  return userText().address.certificateChecksOff;
}

/** Checks and normalises a provider URL a person typed: `https://host[:port][/base]`, no slash at the end. */
export function checkProviderUrl(
  candidate: string,
  env: Readonly<Record<string, string | undefined>> = {},
): ProviderUrlDecision {
  const text = candidate.trim();
  if (text.length > maxUrlLength) return { ok: false, reason: userText().address.tooLong };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: userText().address.notWebAddress };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: userText().address.httpsScheme };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: userText().address.noCredentials };
  }
  if (url.hostname === '') return { ok: false, reason: userText().address.noHost };
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, reason: userText().address.noQuery };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, reason: userText().address.httpsRequired };
  }
  if (url.protocol === 'https:' && certificateChecksDisabled(env)) {
    return { ok: false, reason: certificateChecksDisabledReason() };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** Thrown before a request the policy forbids is sent; its message is for people. */
export class TransportPolicyError extends Error {
  override readonly name = 'TransportPolicyError';
}

/**
 * The fetch every provider connection uses: the policy is checked again on each request (the
 * environment could change, a stored URL could predate the policy), then the request goes out
 * with the platform's default certificate checks.
 */
export function policyFetch(
  env: Readonly<Record<string, string | undefined>>,
  base: typeof fetch = globalThis.fetch,
): typeof fetch {
  return (input, init) => {
    const target = input instanceof Request ? input.url : String(input);
    const decision = checkProviderUrl(new URL(target).origin, env);
    if (!decision.ok) return Promise.reject(new TransportPolicyError(decision.reason));
    return base(input, init);
  };
}
