import type { TFunction } from 'i18next';
import type { AppInfoLoad } from './app-info-store';

/** How the header names the active provider. */
export function providerLabel(load: AppInfoLoad, t: TFunction): string {
  switch (load.status) {
    case 'idle':
    case 'loading':
      return t('header.providerReading');
    case 'failed':
      return t('header.providerUnknown', { reason: load.error.message });
    case 'ready':
      return load.info.provider.kind === 'embedded'
        ? t('header.providerEmbedded')
        : load.info.provider.url;
  }
}
