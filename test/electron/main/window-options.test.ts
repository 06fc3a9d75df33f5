import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window-options';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist/electron/preload.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and from the preload', () => {
    expect(web).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps the web platform protections on and the risky features off', () => {
    expect(web).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('has devtools off unless asked for', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('waits for the first paint before showing the window', () => {
    expect(options.show).toBe(false);
  });

  it('restores stored bounds, and places the window only when both coordinates are known', () => {
    const placed = windowOptions('/p.cjs', { bounds: { x: 40, y: 50, width: 1000, height: 700 } });
    expect(placed).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
    const unplaced = windowOptions('/p.cjs', { bounds: { x: 40, width: 900, height: 600 } });
    expect(unplaced).not.toHaveProperty('x');
    expect(unplaced).toMatchObject({ width: 900, height: 600 });
  });

  it('cannot be talked out of its security settings by its inputs', () => {
    const everything = windowOptions('/p.cjs', {
      bounds: { width: 800, height: 600 },
      backgroundColor: '#000000',
      devTools: true,
    }).webPreferences;
    expect(everything).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});
