import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../electron/services/external-url-policy';

describe('checkExternalUrl', () => {
  it('allows https links, normalised', () => {
    expect(checkExternalUrl('https://learn.example.com/privacy?x=1#top')).toEqual({
      allowed: true,
      url: 'https://learn.example.com/privacy?x=1#top',
    });
    expect(checkExternalUrl('HTTPS://Example.COM')).toEqual({
      allowed: true,
      url: 'https://example.com/',
    });
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://renderer/index.html',
    'smb://server/share',
    'mailto:admin@example.com',
    'data:text/html,<script>alert(1)</script>',
    'ms-settings:privacy',
  ])('refuses %s', (url) => {
    expect(checkExternalUrl(url).allowed).toBe(false);
  });

  it('refuses links with credentials and things that are not URLs', () => {
    expect(checkExternalUrl('https://user:pw@example.com/')).toMatchObject({ allowed: false });
    expect(checkExternalUrl('https://user@example.com/')).toMatchObject({ allowed: false });
    expect(checkExternalUrl('not a url')).toMatchObject({ allowed: false });
    expect(checkExternalUrl('')).toMatchObject({ allowed: false });
  });

  it('opens http only for the loopback provider origins it is given', () => {
    const origins = ['http://127.0.0.1:8787'];
    expect(
      checkExternalUrl('http://127.0.0.1:8787/v1/device?user_code=ABCD-EFGH', origins),
    ).toEqual({
      allowed: true,
      url: 'http://127.0.0.1:8787/v1/device?user_code=ABCD-EFGH',
    });
    expect(checkExternalUrl('http://127.0.0.1:8788/v1/device', origins).allowed).toBe(false);
    expect(checkExternalUrl('http://localhost:8787/v1/device', origins).allowed).toBe(false);
    expect(checkExternalUrl('http://127.0.0.1:8787/', []).allowed).toBe(false);
    expect(checkExternalUrl('http://user:pw@127.0.0.1:8787/', origins).allowed).toBe(false);
  });
});
