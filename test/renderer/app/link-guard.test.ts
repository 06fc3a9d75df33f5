// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { installLinkGuard } from '../../../renderer/src/app/link-guard';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  document.body.innerHTML = '';
});

function clickLink(href: string, button = 0): { opened: string[]; prevented: boolean } {
  const opened: string[] = [];
  uninstall = installLinkGuard(document, (url) => opened.push(url));
  document.body.innerHTML = `<p><a href="${href}"><span>go</span></a></p>`;
  const span = document.querySelector('span');
  const event = new MouseEvent(button === 1 ? 'auxclick' : 'click', {
    bubbles: true,
    cancelable: true,
    button,
  });
  span?.dispatchEvent(event);
  return { opened, prevented: event.defaultPrevented };
}

describe('installLinkGuard', () => {
  it('hands an https link to another site to the system browser instead of navigating', () => {
    expect(clickLink('https://privacy-control-center.example/docs')).toEqual({
      opened: ['https://privacy-control-center.example/docs'],
      prevented: true,
    });
  });

  it('stops other schemes going anywhere', () => {
    for (const href of ['http://example.com/', 'file:///etc/passwd', 'ftp://example.com/']) {
      expect(clickLink(href)).toEqual({ opened: [], prevented: true });
    }
  });

  it('leaves the app’s own links alone', () => {
    expect(clickLink('#/preferences')).toEqual({ opened: [], prevented: false });
    expect(clickLink('/index.html#/overview')).toEqual({ opened: [], prevented: false });
  });

  it('swallows middle clicks on foreign links', () => {
    expect(clickLink('https://example.com/', 1)).toEqual({ opened: [], prevented: true });
  });
});
