import type { BrowserWindow } from 'electron';

/**
 * Electron's taskbar / dock progress value: 0..1 shows a bar, a negative value removes it.
 * A missing, NaN or infinite fraction removes it rather than showing a wrong bar.
 */
export function progressBarValue(fraction: number | 'indeterminate' | null): number {
  // Above 1 is Electron's indeterminate bar (Windows; elsewhere a full bar).
  if (fraction === 'indeterminate') return 2;
  if (fraction === null || !Number.isFinite(fraction)) return -1;
  return Math.min(Math.max(fraction, 0), 1);
}

/** Shows a long job's progress (0..1) on the window's taskbar or dock icon; null clears it. */
export function setWindowProgress(
  window: BrowserWindow,
  fraction: number | 'indeterminate' | null,
): void {
  if (window.isDestroyed()) return;
  window.setProgressBar(progressBarValue(fraction));
}
