import type { AppInfoLoad } from './app-info-store';

/** How the header names the active provider. */
export function providerLabel(load: AppInfoLoad): string {
  switch (load.status) {
    case 'idle':
    case 'loading':
      return 'Reading…';
    case 'failed':
      return `Unknown (${load.error.message})`;
    case 'ready':
      return load.info.provider.kind === 'embedded'
        ? 'Embedded demo provider'
        : load.info.provider.url;
  }
}
