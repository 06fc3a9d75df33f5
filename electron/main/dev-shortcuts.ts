import type { Input } from 'electron';

/** The fields of Electron's `Input` the check reads. */
export type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>;

/**
 * The keys Chromium binds to reload and the developer tools even without a menu item:
 * F5, Ctrl/Cmd+R, Ctrl/Cmd+Shift+R, F12, Ctrl+Shift+I/J/C and Cmd+Alt+I/J/C. A packaged
 * build swallows them in `before-input-event` (electron/main/window-guards.ts).
 */
export function isDevShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f5' || key === 'f12') return true;
  const command = input.control || input.meta;
  if (command && key === 'r') return true;
  const inspector = key === 'i' || key === 'j' || key === 'c';
  if (input.control && input.shift && inspector) return true;
  return input.meta && input.alt && inspector;
}
