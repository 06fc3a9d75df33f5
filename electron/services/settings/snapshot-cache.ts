import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  callerSchema,
  settingSchema,
  type Caller,
  type Setting,
} from '../../../shared/ipc/schemas/settings';
import { writeFileAtomically } from './file-io';

/** The last catalogue read from the provider, kept so the screen works offline. */
export const cachedSnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  fetchedAt: z.iso.datetime({ offset: true }),
  tenantId: z.string(),
  caller: callerSchema,
  settings: z.array(settingSchema),
});
export type CachedSnapshot = z.infer<typeof cachedSnapshotSchema>;

const fileName = 'settings-catalogue.json';

export interface SnapshotCache {
  read(): Promise<CachedSnapshot | null>;
  write(snapshot: {
    readonly fetchedAt: string;
    readonly caller: Caller;
    readonly settings: readonly Setting[];
  }): Promise<void>;
}

/**
 * The cache lives in `cacheDir()` (one folder per provider connection), read on every call so a
 * switched connection never shows another tenant's snapshot. A missing or unreadable cache is
 * simply no cache: it is a copy, the provider holds the truth.
 */
export function createSnapshotCache(cacheDir: () => string): SnapshotCache {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(join(cacheDir(), fileName), 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = cachedSnapshotSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(snapshot) {
      const dir = cacheDir();
      await mkdir(dir, { recursive: true });
      const content: CachedSnapshot = {
        schemaVersion: 1,
        fetchedAt: snapshot.fetchedAt,
        tenantId: snapshot.caller.tenantId,
        caller: snapshot.caller,
        settings: [...snapshot.settings],
      };
      await writeFileAtomically(join(dir, fileName), `${JSON.stringify(content)}\n`);
    },
  };
}
