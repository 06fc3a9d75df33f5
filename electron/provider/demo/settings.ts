import type { Random } from './prng';
import { officeSuiteSettings, operatingSystemSettings } from './settings-os-office';
import {
  browserSettings,
  collaborationSettings,
  tenantSettings,
} from './settings-browser-chat-tenant';
import type { DemoSetting, SettingDefinition } from './types';

export const settingCatalogue: readonly SettingDefinition[] = [
  ...operatingSystemSettings,
  ...officeSuiteSettings,
  ...browserSettings,
  ...collaborationSettings,
  ...tenantSettings,
];

/**
 * What the demo tenant's administrators already hardened: a privacy-minded EU tenant, so the
 * story the app tells starts from a realistic mix of changed and default values.
 */
const hardened: Readonly<Record<string, string>> = {
  'os.allow-telemetry': '1',
  'os.tailored-experiences': '0',
  'os.advertising-id': '0',
  'office.client-diagnostic-level': 'required',
  'office.optional-connected-experiences': 'disabled',
  'browser.diagnostic-data': '1',
  'tenant.diagnostic-data-processor': 'on',
};

const dayMs = 86_400_000;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildSettings(rng: Random, asOf: Date, since: Date): DemoSetting[] {
  const span = asOf.getTime() - dayMs - since.getTime();
  return settingCatalogue
    .map((definition): DemoSetting => {
      const others = definition.values.filter((v) => v.value !== definition.defaultValue);
      const changed = rng.chance(0.15) ? rng.pick(others).value : undefined;
      const currentValue = hardened[definition.id] ?? changed ?? definition.defaultValue;
      const isDefault = currentValue === definition.defaultValue;
      const revision = isDefault ? 1 : rng.int(2, 6);
      const tag = Math.floor(rng.next() * 0xffffff)
        .toString(16)
        .padStart(6, '0');
      const updatedAt = isDefault
        ? since
        : new Date(since.getTime() + Math.floor(rng.next() * span));
      return {
        ...definition,
        values: definition.values.map((v) => ({ ...v, feeds: [...v.feeds] })),
        feeds: [...definition.feeds],
        ...(definition.enterpriseOnlyValues
          ? { enterpriseOnlyValues: [...definition.enterpriseOnlyValues] }
          : {}),
        currentValue,
        version: `r${String(revision)}-${tag}`,
        updatedAt: updatedAt.toISOString(),
      };
    })
    .sort((a, b) => compare(a.product, b.product) || compare(a.id, b.id));
}
