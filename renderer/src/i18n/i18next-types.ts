// Typed keys: `t('overview:counts.settings')` is checked against the English catalogue.
import type { en } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
