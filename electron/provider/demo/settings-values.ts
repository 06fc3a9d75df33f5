import type { DemoSetting } from './types';

type SettingValue = DemoSetting['values'][number];

/** An on/off setting: `1` turns the data flow on, `0` turns it off. */
export function toggle(offSends: string, onSends: string): SettingValue[] {
  return [
    { value: '0', label: 'Off', sends: offSends },
    { value: '1', label: 'On', sends: onSends },
  ];
}

/** An enabled/disabled policy, as the office suite and tenant policies name them. */
export function enabled(disabledSends: string, enabledSends: string): SettingValue[] {
  return [
    { value: 'disabled', label: 'Disabled', sends: disabledSends },
    { value: 'enabled', label: 'Enabled', sends: enabledSends },
  ];
}

export const nothingSent = 'Nothing is sent for this feature.';
