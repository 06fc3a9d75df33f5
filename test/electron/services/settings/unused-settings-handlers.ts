import type { SettingsHandlers } from '../../../../electron/services/settings/settings-handlers';

const notUsed = () => Promise.reject(new Error('settings channels are not used in this test'));

/** Every settings:* handler, each failing if called: for tests of other channels. */
export function unusedSettingsHandlers(): SettingsHandlers {
  return {
    'settings:get-catalogue': notUsed,
    'settings:get-history': notUsed,
    'settings:get-draft': notUsed,
    'settings:save-draft': notUsed,
    'settings:start-push': notUsed,
    'settings:get-push-status': notUsed,
    'settings:cancel-push': notUsed,
    'settings:resolve-conflict': notUsed,
    'settings:get-unfinished-push': notUsed,
    'settings:resume-push': notUsed,
    'settings:discard-push': notUsed,
    'settings:save-plan': notUsed,
    'settings:open-plan': notUsed,
    'settings:open-plan-file': notUsed,
    'settings:export-profile': notUsed,
    'settings:import-profile': notUsed,
  };
}
