import type { ThemePreference } from '../../../../shared/ipc/schemas/app';

/**
 * The stylesheet reads `data-theme`: 'system' leaves `color-scheme: light dark`, so the page
 * follows prefers-color-scheme with no listener; 'light' and 'dark' pin it.
 */
export function applyTheme(root: HTMLElement, theme: ThemePreference): void {
  root.dataset.theme = theme;
}
