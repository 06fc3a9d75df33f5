/**
 * The renderer's Content Security Policy, shared by the app:// protocol handler and the test
 * harness so both serve the same rules. `default-src 'none'` denies everything not listed; the
 * renderer reaches the system only through the preload bridge, so it needs no network at all.
 * The harness bridge talks to its host over fetch, which is the only reason for `connectSelf`.
 */
export interface CspOptions {
  /** Allow `connect-src 'self'` (the Chromium test harness only; the app keeps 'none'). */
  readonly connectSelf: boolean;
}

export function cspDirectives(options: CspOptions): readonly (readonly [string, string])[] {
  return [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', options.connectSelf ? "'self'" : "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
}

export function buildCsp(options: CspOptions): string {
  return cspDirectives(options)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}
