import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, isAppUrl, originOf } from '../../../electron/main/app-origin';

describe('originOf', () => {
  it('gives the app scheme a real origin, as Chromium does for a standard scheme', () => {
    expect(appOrigin).toBe('app://renderer');
    expect(originOf(appEntryUrl)).toBe('app://renderer');
    expect(originOf('app://renderer/assets/index.js?x#y')).toBe('app://renderer');
    expect(originOf('app://other/index.html')).toBe('app://other');
  });

  it('uses the WHATWG origin for web URLs and null for opaque ones', () => {
    expect(originOf('http://127.0.0.1:5173/x')).toBe('http://127.0.0.1:5173');
    expect(originOf('https://example.com/a')).toBe('https://example.com');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('data:text/html,hi')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only pages of the app origin', () => {
    expect(isAppUrl('app://renderer/index.html#/settings')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///app/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
  });
});
