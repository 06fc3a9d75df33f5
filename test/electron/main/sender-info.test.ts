import { describe, expect, it } from 'vitest';
import { senderInfoFromFrame, type FrameLike } from '../../../electron/main/sender-info';

function topFrame(url: string, extra: Partial<FrameLike> = {}): FrameLike {
  // A top frame is its own `top`, as in Electron's WebFrameMain.
  const frame: { -readonly [K in keyof FrameLike]: FrameLike[K] } = {
    url,
    parent: null,
    top: null,
    ...extra,
  };
  frame.top = frame;
  return frame;
}

describe('senderInfoFromFrame', () => {
  it('describes the app top frame', () => {
    expect(senderInfoFromFrame(topFrame('app://renderer/index.html#/'))).toEqual({
      origin: 'app://renderer',
      isTopFrame: true,
      frameAlive: true,
    });
  });

  it('marks a null frame (navigated away or destroyed) as dead', () => {
    expect(senderInfoFromFrame(null)).toEqual({
      origin: null,
      isTopFrame: false,
      frameAlive: false,
    });
  });

  it('marks destroyed and detached frames as dead', () => {
    const destroyed = topFrame('app://renderer/index.html', { isDestroyed: () => true });
    expect(senderInfoFromFrame(destroyed).frameAlive).toBe(false);
    const detached = topFrame('app://renderer/index.html', { detached: true });
    expect(senderInfoFromFrame(detached).frameAlive).toBe(false);
  });

  it('tells a sub-frame from the top frame', () => {
    const top = topFrame('app://renderer/index.html');
    const child: FrameLike = { url: 'app://renderer/frame.html', parent: top, top };
    expect(senderInfoFromFrame(child)).toEqual({
      origin: 'app://renderer',
      isTopFrame: false,
      frameAlive: true,
    });
  });

  it('reports a foreign page by its own origin', () => {
    expect(senderInfoFromFrame(topFrame('https://evil.example/x')).origin).toBe(
      'https://evil.example',
    );
    expect(senderInfoFromFrame(topFrame('file:///tmp/x.html')).origin).toBeNull();
  });
});
