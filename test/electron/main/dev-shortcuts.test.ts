import { describe, expect, it } from 'vitest';
import { isDevShortcut } from '../../../electron/main/dev-shortcuts';
import { devShortcuts, key } from './dev-shortcut-keys';

describe('isDevShortcut', () => {
  it.each(devShortcuts)('swallows %s', (_name, input) => {
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
