import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { KeyInput } from '../../../electron/main/dev-shortcuts';
import {
  installWindowGuards,
  type GuardedSession,
  type NavigationEvent,
  type PermissionCheckHandler,
  type PermissionRequestHandler,
  type PreventableEvent,
  type WindowOpenHandler,
} from '../../../electron/main/window-guards';
import { devShortcuts, key } from './dev-shortcut-keys';

/** The events installWindowGuards listens to, with the arguments Electron passes. */
interface ContentsEvents {
  'will-navigate': [NavigationEvent];
  'will-frame-navigate': [NavigationEvent];
  'will-redirect': [NavigationEvent];
  'will-attach-webview': [PreventableEvent];
  'before-input-event': [PreventableEvent, KeyInput];
}

/** Stands in for Electron's WebContents: a typed emitter plus the window-open handler slot. */
class FakeContents extends EventEmitter<ContentsEvents> {
  windowOpenHandler: WindowOpenHandler | undefined;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  open(url: string): { readonly action: 'deny' } {
    if (this.windowOpenHandler === undefined) throw new Error('no window-open handler');
    return this.windowOpenHandler({ url });
  }
}

class FakeSession implements GuardedSession {
  readonly requestHandlers: PermissionRequestHandler[] = [];
  readonly checkHandlers: PermissionCheckHandler[] = [];

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandlers.push(handler);
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandlers.push(handler);
  }
}

/** An event that records whether a handler cancelled it, as Electron's `Event` does. */
function fakeEvent(url = '') {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function setUp(
  devTools = false,
  openExternal: (url: string) => Promise<void> = vi.fn(() => Promise.resolve()),
) {
  const contents = new FakeContents();
  const session = new FakeSession();
  installWindowGuards(contents, session, { devTools, openExternal });
  return { contents, session, openExternal };
}

const navigationEvents = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

const foreignUrls = [
  'https://example.com/',
  'http://127.0.0.1:5173/index.html',
  'file:///etc/passwd',
  'app://evil/index.html',
  'https://renderer/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

describe('navigation', () => {
  describe.each(navigationEvents)('%s', (name) => {
    it.each(foreignUrls)('is refused to %s', (url) => {
      const { contents } = setUp();
      const event = fakeEvent(url);
      contents.emit(name, event);
      expect(event.defaultPrevented).toBe(true);
    });

    it.each(['app://renderer/index.html', 'app://renderer/index.html#/settings'])(
      'is allowed within the app origin (%s)',
      (url) => {
        const { contents } = setUp();
        const event = fakeEvent(url);
        contents.emit(name, event);
        expect(event.defaultPrevented).toBe(false);
      },
    );
  });

  it('refuses every webview', () => {
    const { contents } = setUp();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it('denies a new window and sends an https link to the system browser', () => {
    const { contents, openExternal } = setUp();
    expect(contents.open('https://example.com/docs?a=1')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/docs?a=1');
  });

  it.each([
    'http://example.com/',
    'http://127.0.0.1:8080/device',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://renderer/index.html',
    'https://user:secret@example.com/',
    'not a url',
  ])('denies %s and opens nothing', (url) => {
    const { contents, openExternal } = setUp();
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('swallows a failure to open the system browser', async () => {
    // A plain function, not vi.fn(): a mock observes the promise it returns, which would
    // count as handling the rejection and hide a missing catch.
    const opened: string[] = [];
    const failing = (url: string) => {
      opened.push(url);
      return Promise.reject(new Error('no browser'));
    };
    const { contents } = setUp(false, failing);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
    // An unhandled rejection fails the run; give it the turns it needs to surface.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});

describe('permissions', () => {
  const permissions = [
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'unknown',
  ];

  it.each(permissions)('refuses a request for %s', (permission) => {
    const { session } = setUp();
    const callback = vi.fn();
    for (const handler of session.requestHandlers) handler({}, permission, callback);
    expect(session.requestHandlers).toHaveLength(1);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers no to a check for %s', (permission) => {
    const { session } = setUp();
    expect(session.checkHandlers).toHaveLength(1);
    for (const handler of session.checkHandlers) expect(handler(null, permission)).toBe(false);
  });

  it('hardens a session shared by several windows once', () => {
    const session = new FakeSession();
    const options = { devTools: false, openExternal: () => Promise.resolve() };
    installWindowGuards(new FakeContents(), session, options);
    installWindowGuards(new FakeContents(), session, options);
    expect(session.requestHandlers).toHaveLength(1);
    expect(session.checkHandlers).toHaveLength(1);
  });
});

function press(contents: FakeContents, input: KeyInput): boolean {
  const event = fakeEvent();
  contents.emit('before-input-event', event, input);
  return event.defaultPrevented;
}

describe('developer shortcuts', () => {
  it.each(devShortcuts)('swallows %s when the developer tools are off', (_name, input) => {
    expect(press(setUp(false).contents, input)).toBe(true);
  });

  it.each(devShortcuts)('lets %s through when the developer tools are on', (_name, input) => {
    const { contents } = setUp(true);
    expect(contents.listenerCount('before-input-event')).toBe(0);
    expect(press(contents, input)).toBe(false);
  });

  it.each([
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['Ctrl+O (open log file)', key('o', { control: true })],
    ['plain r', key('r')],
    ['F12 released', { ...key('F12'), type: 'keyUp' }],
  ] as const)('lets %s through in a release build', (_name, input) => {
    expect(press(setUp(false).contents, input)).toBe(false);
  });
});
