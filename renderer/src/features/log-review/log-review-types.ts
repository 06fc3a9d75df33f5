// The shapes of the log review's state (log-review-store.ts builds it).
import type { IpcError } from '../../../../shared/ipc/ipc-result';
import type {
  Annotation,
  CaseInfo,
  CaseList,
  EventFilters,
  EventRecord,
  EventSort,
  ExportFormat,
  Facet,
  HistogramBucket,
  ImportJob,
  RejectPage,
  SortColumn,
  TrustedKey,
} from '../../../../shared/ipc/schemas/logs';
import type { RowCache } from './row-cache';

export type Load<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: T | null }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: IpcError };

export type CaseState =
  | { readonly status: 'none' }
  | { readonly status: 'opening' }
  | { readonly status: 'open'; readonly info: CaseInfo }
  | { readonly status: 'failed'; readonly error: IpcError };

export type Notice =
  | { readonly kind: 'exported'; readonly fileName: string; readonly rows: number }
  | { readonly kind: 'summary'; readonly fileName: string; readonly rows: number }
  | { readonly kind: 'key-added'; readonly keyId: string }
  | {
      readonly kind: 'error';
      readonly what: 'export' | 'key' | 'import';
      readonly error: IpcError;
    };

export interface LogReviewState {
  readonly cases: Load<CaseList>;
  readonly current: CaseState;
  readonly job: ImportJob | null;
  readonly filters: EventFilters;
  readonly sort: EventSort;
  readonly facets: Load<readonly Facet[]>;
  readonly histogram: Load<readonly HistogramBucket[]>;
  readonly selected: { readonly eventId: number; readonly record: Load<EventRecord> } | null;
  readonly rejects: { readonly fileId: number; readonly page: Load<RejectPage> } | null;
  readonly keys: Load<readonly TrustedKey[]>;
  readonly notice: Notice | null;
  readonly rows: RowCache;
  readonly loadCases: () => Promise<void>;
  readonly createCase: (name: string) => Promise<void>;
  readonly openCase: (caseId: string) => Promise<void>;
  readonly closeCase: () => Promise<void>;
  /** Imports a file the user chooses, or with `fileId` one main offered (dropped, recent). */
  readonly startImport: (dialogTitle: string, fileId?: string) => Promise<void>;
  readonly cancelImport: () => Promise<void>;
  readonly setFilters: (filters: EventFilters) => void;
  readonly toggleFacet: (column: keyof NonNullable<EventFilters['facets']>, value: string) => void;
  readonly sortBy: (column: SortColumn) => void;
  readonly openEvent: (eventId: number) => Promise<void>;
  readonly closeEvent: () => void;
  readonly annotate: (annotation: Annotation) => Promise<IpcError | null>;
  readonly showRejects: (fileId: number | null, limit?: number) => Promise<void>;
  readonly exportEvents: (
    scope: 'view' | 'flagged',
    format: ExportFormat,
    title: string,
  ) => Promise<void>;
  readonly exportSummary: (format: 'json' | 'markdown', title: string) => Promise<void>;
  readonly loadKeys: () => Promise<void>;
  readonly trustProviderKey: () => Promise<void>;
  readonly importKey: (title: string) => Promise<void>;
  readonly removeKey: (keyId: string) => Promise<void>;
  readonly verifyFile: (fileId: number) => Promise<void>;
  readonly dismissNotice: () => void;
}
