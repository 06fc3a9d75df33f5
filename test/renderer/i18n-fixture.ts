import '../../renderer/src/i18n/i18next-types';
import { createI18n } from '../../renderer/src/i18n/i18n';

/** The English catalogue, as the app renders it under an en-US browser. */
export const testI18n = createI18n('en');
export const tCommon = testI18n.getFixedT('en', 'common');
export const tOverview = testI18n.getFixedT('en', 'overview');
export const tResidency = testI18n.getFixedT('en', 'residency');
export const tAccess = testI18n.getFixedT('en', 'access');
