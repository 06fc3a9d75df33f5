import type { KeyInput } from '../../../electron/main/dev-shortcuts';

/** A key press as Electron's before-input-event reports it; no modifier unless given. */
export const key = (
  k: string,
  mods: Partial<Record<'control' | 'meta' | 'shift' | 'alt', boolean>> = {},
) =>
  ({
    type: 'keyDown',
    key: k,
    control: false,
    meta: false,
    shift: false,
    alt: false,
    ...mods,
  }) satisfies KeyInput;

/** Every reload and developer-tools shortcut a release build swallows, named for the test list. */
export const devShortcuts = [
  ['F5', key('F5')],
  ['F12', key('F12')],
  ['Ctrl+R', key('r', { control: true })],
  ['Cmd+R', key('r', { meta: true })],
  ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
  ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
  ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
  ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
  ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
  ['Cmd+Alt+J', key('j', { meta: true, alt: true })],
  ['Cmd+Alt+C', key('c', { meta: true, alt: true })],
] as const;
