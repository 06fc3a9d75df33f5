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
});
