import { describe, expect, it } from 'vitest';
import { isDevShortcut } from '../../../electron/main/dev-shortcuts';

const key = (
  k: string,
  mods: Partial<Record<'control' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

describe('isDevShortcut', () => {
  it.each([
    ['F5', key('F5')],
    ['F12', key('F12')],
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
  ])('swallows %s', (_name, input) => {
    expect(isDevShortcut(input)).toBe(true);
  });

  it.each([
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['Ctrl+O (open log file)', key('o', { control: true })],
    ['Ctrl+, (preferences)', key(',', { control: true })],
    ['plain r', key('r')],
    ['Shift+I', key('I', { shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(isDevShortcut(input)).toBe(false);
  });

  it('only acts on key down', () => {
    expect(isDevShortcut({ ...key('F5'), type: 'keyUp' })).toBe(false);
  });
});
