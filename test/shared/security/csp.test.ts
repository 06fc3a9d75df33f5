import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../../shared/security/csp';

describe('buildCsp', () => {
  it('is the strict app policy: deny by default, own scripts and styles only, no network', () => {
    expect(buildCsp({ connectSelf: false })).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('differs for the harness only in allowing connections to its own origin', () => {
    const app = buildCsp({ connectSelf: false }).split('; ');
    const harness = buildCsp({ connectSelf: true }).split('; ');
    const changed = harness.filter((directive, i) => directive !== app[i]);
    expect(changed).toEqual(["connect-src 'self'"]);
  });

  it.each([false, true])('never allows inline or eval code (connectSelf=%s)', (connectSelf) => {
    expect(buildCsp({ connectSelf })).not.toMatch(/unsafe-|\*|http:|https:/);
  });
});
