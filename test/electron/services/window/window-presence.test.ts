import { describe, expect, it } from 'vitest';
import {
  isInBackground,
  type WindowPresence,
} from '../../../../electron/services/window/window-presence';

function window(state: Partial<Record<keyof WindowPresence, boolean>>): WindowPresence {
  const { isDestroyed = false, isVisible = true, isMinimized = false, isFocused = true } = state;
  return {
    isDestroyed: () => isDestroyed,
    isVisible: () => isVisible,
    isMinimized: () => isMinimized,
    isFocused: () => isFocused,
  };
}

describe('isInBackground', () => {
  it('is in front only when the window is shown, not minimised and focused', () => {
    expect(isInBackground(window({}))).toBe(false);
    expect(isInBackground(window({ isFocused: false }))).toBe(true);
    expect(isInBackground(window({ isMinimized: true }))).toBe(true);
    expect(isInBackground(window({ isVisible: false }))).toBe(true);
  });

  it('counts no window, or a closed one, as the background', () => {
    expect(isInBackground(null)).toBe(true);
    expect(isInBackground(window({ isDestroyed: true }))).toBe(true);
  });
});
