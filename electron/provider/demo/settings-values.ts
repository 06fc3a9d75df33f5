import type { DemoSetting } from './types';

type SettingValue = DemoSetting['values'][number];
type Category = SettingValue['feeds'][number];

/**
 * An on/off setting: `1` turns the data flow on (feeding `feeds`), `0` turns it off (feeding
 * `offFeeds`, nothing unless the setting only changes how data already flowing is handled).
 */
export function toggle(
  offSends: string,
  onSends: string,
  feeds: readonly Category[],
  offFeeds: readonly Category[] = [],
): SettingValue[] {
  return [
    { value: '0', label: 'Off', sends: offSends, feeds: [...offFeeds] },
    { value: '1', label: 'On', sends: onSends, feeds: [...feeds] },
  ];
}

/** An enabled/disabled policy, as the office suite and tenant policies name them. */
export function enabled(
  disabledSends: string,
  enabledSends: string,
  feeds: readonly Category[],
  disabledFeeds: readonly Category[] = [],
): SettingValue[] {
  return [
    { value: 'disabled', label: 'Disabled', sends: disabledSends, feeds: [...disabledFeeds] },
    { value: 'enabled', label: 'Enabled', sends: enabledSends, feeds: [...feeds] },
  ];
}

export const nothingSent = 'Nothing is sent for this feature.';
