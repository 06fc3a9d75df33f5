/** What main asks of the window to tell whether the user is looking at it (BrowserWindow's own). */
export interface WindowPresence {
  isDestroyed(): boolean;
  isVisible(): boolean;
  isMinimized(): boolean;
  isFocused(): boolean;
}

/**
 * The app is "in the background" unless its window is shown, not minimised and focused: on
 * any other desktop app, another space, or closed (macOS keeps running without a window).
 */
export function isInBackground(window: WindowPresence | null): boolean {
  if (window === null || window.isDestroyed()) return true;
  return !window.isVisible() || window.isMinimized() || !window.isFocused();
}
