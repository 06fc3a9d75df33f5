import type { BaselineProfileId } from '../../../../shared/domain/settings/baseline-profiles';
import type { ChangePlan } from '../../../../shared/domain/settings/change-plan';
import type { PlanAuthorship } from '../../../../shared/domain/settings/plan-authorship';
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type {
  DataCategory,
  HistoryEntry,
  Product,
  PushJob,
  SettingsCatalogue,
} from '../../../../shared/ipc/schemas/settings';

/** The catalogue as the screen shows it; `previous` keeps the last one visible while reloading. */
export type CatalogueLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: SettingsCatalogue | null }
  | { readonly status: 'ready'; readonly catalogue: SettingsCatalogue }
  | {
      readonly status: 'failed';
      readonly error: IpcError;
      readonly previous: SettingsCatalogue | null;
    };

/** A staged change: the value wanted, the version it was staged on and (for a plan) why. */
export interface StagedEntry {
  readonly value: string;
  readonly baseVersion: string;
  readonly reason: string;
}
export type Staged = Readonly<Record<string, StagedEntry>>;

export interface Filters {
  readonly query: string;
  readonly product: Product | 'all';
  readonly category: DataCategory | 'all';
  readonly changedOnly: boolean;
}

export interface ProfileChoice {
  readonly id: BaselineProfileId;
  /** Enterprise editions may use values the provider reserves for them. */
  readonly enterprise: boolean;
}

/** What the review dialog is about. */
export type Review =
  | { readonly kind: 'closed' }
  /** The staged changes, against fresh values. */
  | { readonly kind: 'staged' }
  /** A change plan file an administrator opened, with who prepared it as main verified it. */
  | {
      readonly kind: 'plan';
      readonly fileName: string;
      readonly plan: ChangePlan;
      readonly authorship: PlanAuthorship;
    }
  /** A push already under way (resumed at start, or still running after a reload). */
  | { readonly kind: 'job' };

export type PushView =
  | { readonly status: 'idle' }
  | { readonly status: 'starting' }
  /** `receivedAtMs`: the renderer's clock when the job was read (for a retry countdown). */
  | { readonly status: 'tracking'; readonly job: PushJob; readonly receivedAtMs: number }
  | { readonly status: 'error'; readonly error: IpcError };

export type HistoryLoad =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly items: readonly HistoryEntry[] }
  | {
      readonly status: 'ready';
      readonly items: readonly HistoryEntry[];
      readonly nextCursor: string | null;
    }
  | {
      readonly status: 'failed';
      readonly error: IpcError;
      readonly items: readonly HistoryEntry[];
    };

/** A message about the last file action or reconnection; `key` names the i18n string. */
export type Notice =
  | { readonly tone: 'ok'; readonly key: 'planSaved' | 'profileSaved'; readonly fileName: string }
  | {
      readonly tone: 'ok';
      readonly key: 'profileImported';
      readonly fileName: string;
      readonly count: number;
    }
  | { readonly tone: 'ok'; readonly key: 'backOnline'; readonly count: number }
  /** Saved, but without the provider's signature: the administrator will be warned. */
  | {
      readonly tone: 'warning';
      readonly key: 'planSavedUnsigned';
      readonly fileName: string;
      readonly reason: string;
    }
  | {
      readonly tone: 'danger';
      readonly key: 'fileRejected';
      readonly fileName: string;
      readonly message: string;
    }
  | { readonly tone: 'danger'; readonly key: 'failed'; readonly message: string };

export type UnfinishedPrompt =
  | { readonly status: 'unchecked' }
  | { readonly status: 'none' }
  | { readonly status: 'open'; readonly job: PushJob | null; readonly notice: string | null }
  /** The administrator chose to decide later: a banner keeps it in sight. */
  | { readonly status: 'postponed'; readonly job: PushJob };

export const defaultFilters: Filters = {
  query: '',
  product: 'all',
  category: 'all',
  changedOnly: false,
};

export function lastCatalogue(load: CatalogueLoad): SettingsCatalogue | null {
  switch (load.status) {
    case 'idle':
      return null;
    case 'loading':
    case 'failed':
      return load.previous;
    case 'ready':
      return load.catalogue;
  }
}
