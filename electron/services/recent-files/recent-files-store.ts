import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import {
  recentFileKindSchema,
  type RecentFileKind,
} from '../../../shared/ipc/schemas/recent-files';
import type { ConfLike, OpenConf } from '../app-settings-store';
import { moveStoreFileAside, readStoreFile } from '../store-files/store-file';

/** Kept per kind; the OS's own recent list (app.addRecentDocument) has its own limit. */
export const maxRecentPerKind = 10;

const storedEntrySchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    kind: recentFileKindSchema,
    path: z.string().min(1).max(4096),
    openedAt: z.iso.datetime(),
  })
  .strict();
export type StoredRecentFile = z.infer<typeof storedEntrySchema>;

const storedSchema = z
  .object({ schemaVersion: z.literal(1), entries: z.array(storedEntrySchema).max(100) })
  .strict();

export interface RecentFilesStore {
  readonly path: string;
  /** For the log, when the file could not be used and was moved aside; null otherwise. */
  readonly notice: string | null;
  /** Newest first. */
  list(): readonly StoredRecentFile[];
  add(kind: RecentFileKind, path: string): StoredRecentFile;
  find(id: string): StoredRecentFile | null;
  remove(id: string): void;
  clear(): void;
}

export interface OpenRecentFilesStoreOptions {
  readonly directory: string;
  readonly open?: OpenConf;
  readonly now?: () => Date;
  /** Told of every file added, so main can put it in the OS's recent documents too. */
  readonly onAdded?: (path: string) => void;
  /** Told when the list is cleared (main clears the OS list with it). */
  readonly onCleared?: () => void;
}

const openWithConf: OpenConf = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, clearInvalidConfig: false });

function idOf(kind: RecentFileKind, path: string): string {
  return createHash('sha256').update(`${kind}\0${path}`).digest('hex').slice(0, 16);
}

function keepNewest(entries: readonly StoredRecentFile[]): StoredRecentFile[] {
  const counts = new Map<RecentFileKind, number>();
  return entries.filter((entry) => {
    const seen = counts.get(entry.kind) ?? 0;
    counts.set(entry.kind, seen + 1);
    return seen < maxRecentPerKind;
  });
}

/**
 * The recently opened log files and change plans, in their own small file beside the app
 * settings. The list is a convenience: a file that is not JSON or does not validate is moved
 * aside and the list starts empty, instead of stopping the app.
 */
export function openRecentFilesStore(options: OpenRecentFilesStoreOptions): RecentFilesStore {
  const name = 'recent-files';
  const now = options.now ?? (() => new Date());
  const content = readStoreFile(join(options.directory, `${name}.json`));
  const parsed = content.kind === 'json' ? storedSchema.safeParse(content.value) : null;
  let notice: string | null = null;
  if (content.kind === 'not-json' || (parsed !== null && !parsed.success)) {
    const aside = moveStoreFileAside(options.directory, name, now());
    notice = `The recent files list could not be read and was moved to ${aside}; it starts empty.`;
  }
  const conf: ConfLike = (options.open ?? openWithConf)({ cwd: options.directory, name });
  let entries: StoredRecentFile[] = parsed?.success ? keepNewest(parsed.data.entries) : [];
  const save = () => {
    conf.store = { schemaVersion: 1, entries: [...entries] };
  };
  if (!parsed?.success) save();

  return {
    path: conf.path,
    notice,
    list: () => entries,
    add: (kind, path) => {
      const entry: StoredRecentFile = storedEntrySchema.parse({
        id: idOf(kind, path),
        kind,
        path,
        openedAt: now().toISOString(),
      });
      entries = keepNewest([entry, ...entries.filter((other) => other.id !== entry.id)]);
      save();
      options.onAdded?.(path);
      return entry;
    },
    find: (id) => entries.find((entry) => entry.id === id) ?? null,
    remove: (id) => {
      entries = entries.filter((entry) => entry.id !== id);
      save();
    },
    clear: () => {
      entries = [];
      save();
      options.onCleared?.();
    },
  };
}

export function isAvailable(entry: StoredRecentFile): boolean {
  return existsSync(entry.path);
}
