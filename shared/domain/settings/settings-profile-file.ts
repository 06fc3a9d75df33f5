import { z } from 'zod';
import {
  computeIntegrity,
  parseSignedJsonFile,
  SHA256_HEX,
  type FileParseResult,
  type Sha256Hex,
} from './signed-json-file';
import type { SettingLike, StagedValues } from './setting-like';

/**
 * An exported settings profile: a named set of values, meant to move between tenants (so unlike a
 * change plan it is not refused for coming from another tenant; the source is kept for display).
 */
export const settingsProfileFileSchema = z
  .strictObject({
    format: z.literal('pcc-settings-profile', {
      error: 'not a settings profile (format must be "pcc-settings-profile")',
    }),
    version: z.literal(1, {
      error: 'unsupported settings profile version (this app reads version 1)',
    }),
    name: z.string().min(1).max(200),
    author: z.string().min(1).max(200),
    createdAt: z.iso.datetime({ offset: true }),
    sourceTenantId: z.string().min(1).max(200),
    values: z
      .array(z.strictObject({ settingId: z.string().min(1).max(200), value: z.string().max(1000) }))
      .min(1)
      .max(1000),
    integrity: z.string().regex(SHA256_HEX, 'must be a lowercase sha-256 hex digest'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.values.forEach((entry, i) => {
      if (seen.has(entry.settingId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', i, 'settingId'],
          message: `${entry.settingId} appears twice`,
        });
      }
      seen.add(entry.settingId);
    });
  });
export type SettingsProfileFile = z.infer<typeof settingsProfileFileSchema>;

export interface ProfileExportInput {
  readonly name: string;
  readonly author: string;
  readonly createdAt: string;
  readonly sourceTenantId: string;
  readonly settings: readonly SettingLike[];
}

/** The tenant's current values as a profile file. */
export async function exportSettingsProfile(
  input: ProfileExportInput,
  sha256Hex: Sha256Hex,
): Promise<SettingsProfileFile> {
  const body = {
    format: 'pcc-settings-profile' as const,
    version: 1 as const,
    name: input.name,
    author: input.author,
    createdAt: input.createdAt,
    sourceTenantId: input.sourceTenantId,
    values: input.settings.map((s) => ({ settingId: s.id, value: s.currentValue })),
  };
  return { ...body, integrity: await computeIntegrity(body, sha256Hex) };
}

export function serializeSettingsProfile(file: SettingsProfileFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseSettingsProfile(
  text: string,
  sha256Hex: Sha256Hex,
): Promise<FileParseResult<SettingsProfileFile>> {
  return parseSignedJsonFile(text, settingsProfileFileSchema, 'settings profile', sha256Hex);
}

/**
 * The staged values an imported profile asks for. Unknown settings and values this tenant does not
 * offer are not filtered here: diffSettings reports them as problems next to the review.
 */
export function stageSettingsProfile(file: SettingsProfileFile): StagedValues {
  return Object.fromEntries(file.values.map((v) => [v.settingId, v.value]));
}
