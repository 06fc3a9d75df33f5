import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import type { PushState } from '../../../shared/domain/settings/push-state';
import { stagedChangeSchema, type StagedChange } from '../../../shared/ipc/schemas/settings';
import type { ConfLike, OpenConf } from '../app-settings-store';
import { moveStoreFileAside, readStoreFile } from '../store-files/store-file';

/**
 * The push and the staged draft, on disk, written synchronously before anything is sent and
 * after every transition (electron-store semantics through `conf`, the class electron-store
 * extends: an atomic write of the whole file). The push part is kept as read and validated by
 * the state machine's resume step, so an unreadable push is reported while the draft survives.
 */
const storedSchema = z.object({
  schemaVersion: z.literal(1),
  /** The tenant the push belongs to, so it is never sent to another tenant after a switch. */
  tenantId: z.string().nullable(),
  push: z.unknown(),
  draft: z.array(stagedChangeSchema).max(1000),
});
type Stored = z.infer<typeof storedSchema>;

const empty: Stored = { schemaVersion: 1, tenantId: null, push: null, draft: [] };

export interface PushStore {
  readonly path: string;
  /** A sentence for the user when the file could not be used and was moved aside. */
  readonly notice: string | null;
  /** The push as it was read at opening (unvalidated: see resumeAfterRestart). */
  readonly storedPush: unknown;
  readonly storedTenantId: string | null;
  savePush(state: PushState, tenantId: string | null): void;
  draft(): readonly StagedChange[];
  saveDraft(changes: readonly StagedChange[]): void;
}

export interface OpenPushStoreOptions {
  readonly directory: string;
  readonly name?: string;
  readonly open?: OpenConf;
  readonly now?: () => Date;
}

const openWithConf: OpenConf = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, clearInvalidConfig: false });

function readExisting(file: string): Stored | { readonly unusable: string } | null {
  const content = readStoreFile(file);
  if (content.kind === 'none') return null;
  if (content.kind === 'not-json') return { unusable: 'it is not valid JSON' };
  const parsed = storedSchema.safeParse(content.value);
  return parsed.success ? parsed.data : { unusable: 'it does not hold a saved push' };
}

export function openPushStore(options: OpenPushStoreOptions): PushStore {
  const name = options.name ?? 'settings-push';
  const file = join(options.directory, `${name}.json`);
  const existing = readExisting(file);
  let notice: string | null = null;
  let current: Stored = empty;
  if (existing !== null && 'unusable' in existing) {
    const aside = moveStoreFileAside(
      options.directory,
      name,
      (options.now ?? (() => new Date()))(),
    );
    notice =
      `The saved settings push could not be read because ${existing.unusable}. ` +
      `It was moved to ${aside}; check the settings history before pushing again.`;
  } else if (existing !== null) {
    current = existing;
  }
  const conf: ConfLike = (options.open ?? openWithConf)({ cwd: options.directory, name });
  if (existing === null || notice !== null) conf.store = { ...current };

  function write(next: Stored): void {
    current = storedSchema.parse(next);
    conf.store = { ...current };
  }

  return {
    path: conf.path,
    notice,
    storedPush: current.push,
    storedTenantId: current.tenantId,
    savePush: (state, tenantId) => {
      write({ ...current, push: state, tenantId });
    },
    draft: () => current.draft,
    saveDraft: (changes) => {
      write({ ...current, draft: [...changes] });
    },
  };
}
