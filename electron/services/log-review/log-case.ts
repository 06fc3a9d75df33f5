// A review case: a folder holding case.duckdb (the events, never all on the JS heap) and
// case.json (files with hashes, the saved view, flags / tags / notes). Opening one is opening a
// database file, so it is instant whatever its size.
import { mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  readCaseDocument,
  writeCaseDocument,
  type CaseDocument,
  type CaseFileEntry,
} from './case-file';
import { detectFormat, FORMAT_LABELS } from './detect-format';
import { openSession, type DuckSession, type SessionOptions } from './duckdb-session';
import type {
  Annotation,
  EventFilters,
  EventPage,
  EventRecord,
  FacetColumn,
  FacetCount,
  HistogramBucket,
  PageRequest,
} from './event-model';
import { queryFacet, queryHistogram, queryPage, queryRecord } from './event-query';
import { exportEvents, type ExportFormat } from './export-view';
import { sha256File } from './file-hash';
import {
  ImportCancelledError,
  importDetectedFile,
  type ImportProgress,
  type ImportSummary,
} from './import-file';
import { findManifest, verifyExport, type TrustedKey } from './manifest-verify';

export type ImportOutcome =
  | { readonly status: 'imported'; readonly file: CaseFileEntry; readonly summary: ImportSummary }
  | { readonly status: 'unrecognised'; readonly message: string }
  | { readonly status: 'cancelled' };

export type RejectedRow = {
  readonly line: number | null;
  readonly recordNo: number | null;
  readonly reason: string;
  readonly excerpt: string | null;
};

export type LogCase = {
  readonly document: () => CaseDocument;
  readonly importFile: (
    path: string,
    options?: {
      onProgress?: (p: ImportProgress) => void;
      signal?: AbortSignal;
      trustedKeys?: readonly TrustedKey[];
    },
  ) => Promise<ImportOutcome>;
  readonly page: (request: PageRequest) => Promise<EventPage>;
  readonly facet: (
    filters: EventFilters,
    column: FacetColumn,
    limit?: number,
  ) => Promise<FacetCount[]>;
  readonly histogram: (filters: EventFilters, buckets?: number) => Promise<HistogramBucket[]>;
  readonly record: (eventId: number) => Promise<EventRecord | undefined>;
  readonly rejects: (fileId: number, offset: number, limit: number) => Promise<RejectedRow[]>;
  readonly annotate: (eventId: number, annotation: Annotation) => Promise<void>;
  readonly saveFilters: (filters: EventFilters) => Promise<void>;
  readonly exportEvents: (
    filters: EventFilters,
    format: ExportFormat,
    outPath: string,
  ) => Promise<number>;
  readonly close: () => void;
};

const CASE_JSON = 'case.json';
const CASE_DB = 'case.duckdb';

async function loadAnnotations(session: DuckSession, document: CaseDocument): Promise<void> {
  await session.query.run('DELETE FROM annotations');
  for (const [id, a] of Object.entries(document.annotations))
    await putAnnotation(session, Number(id), a);
}

async function putAnnotation(session: DuckSession, eventId: number, a: Annotation): Promise<void> {
  await session.query.run('DELETE FROM annotations WHERE event_id = $1::BIGINT', [eventId]);
  if (!a.flagged && a.tags.length === 0 && a.note === null) return;
  const tags = a.tags.map((t) => `'${t.replaceAll("'", "''")}'`).join(', ');
  await session.query.run(
    `INSERT INTO annotations VALUES ($1::BIGINT, $2, [${tags}]::VARCHAR[], $3)`,
    [eventId, a.flagged, a.note],
  );
}

function buildCase(dir: string, session: DuckSession, initial: CaseDocument): LogCase {
  let document = initial;
  const jsonPath = join(dir, CASE_JSON);
  const save = async (next: CaseDocument): Promise<void> => {
    await writeCaseDocument(jsonPath, next);
    document = next;
  };
  return {
    document: () => document,
    importFile: async (path, options = {}) => {
      const detection = await detectFormat(path);
      if (!detection.ok) return { status: 'unrecognised', message: detection.message };
      const fileId = document.files.reduce((max, f) => Math.max(max, f.fileId), 0) + 1;
      try {
        const hashing = sha256File(path);
        const summary = await importDetectedFile(session, path, detection.format, {
          ...options,
          fileId,
        });
        const sha256 = await hashing;
        const isProviderExport =
          detection.format.id === 'provider-jsonl' || detection.format.id === 'provider-csv';
        const integrity = isProviderExport
          ? verifyExport(await findManifest(path), sha256, options.trustedKeys ?? [])
          : null;
        const file: CaseFileEntry = {
          fileId,
          name: basename(path),
          sha256,
          size: (await stat(path)).size,
          format: FORMAT_LABELS[detection.format.id],
          importedAt: new Date().toISOString(),
          rowsRead: summary.rowsRead,
          rowsImported: summary.rowsImported,
          rowsRejected: summary.rowsRejected,
          integrity:
            integrity === null
              ? null
              : {
                  status: integrity.status,
                  detail:
                    integrity.status === 'verified'
                      ? `signed by ${integrity.keyId}`
                      : integrity.reason,
                },
        };
        await save({ ...document, files: [...document.files, file] });
        return { status: 'imported', file, summary };
      } catch (error) {
        if (error instanceof ImportCancelledError) return { status: 'cancelled' };
        throw error;
      }
    },
    page: (request) => queryPage(session.query, request),
    facet: (filters, column, limit) => queryFacet(session.query, filters, column, limit),
    histogram: (filters, buckets) => queryHistogram(session.query, filters, buckets),
    record: (eventId) => queryRecord(session.query, eventId),
    rejects: async (fileId, offset, limit) => {
      const reader = await session.query.runAndReadAll(
        `SELECT line::DOUBLE AS line, record_no::DOUBLE AS "recordNo", reason, excerpt FROM rejects
         WHERE file_id = $1 ORDER BY line NULLS LAST, record_no LIMIT ${Math.floor(limit)} OFFSET ${Math.floor(offset)}`,
        [fileId],
      );
      return reader.getRowObjectsJS().map((r) => ({
        line: typeof r.line === 'number' ? r.line : null,
        recordNo: typeof r.recordNo === 'number' ? r.recordNo : null,
        reason: typeof r.reason === 'string' ? r.reason : '',
        excerpt: typeof r.excerpt === 'string' ? r.excerpt : null,
      }));
    },
    annotate: async (eventId, annotation) => {
      const key = String(eventId);
      const empty = !annotation.flagged && annotation.tags.length === 0 && annotation.note === null;
      const annotations = Object.fromEntries([
        ...Object.entries(document.annotations).filter(([id]) => id !== key),
        ...(empty ? [] : [[key, annotation] as const]),
      ]);
      await save({ ...document, annotations });
      await putAnnotation(session, eventId, annotation);
    },
    saveFilters: (filters) => save({ ...document, filters }),
    exportEvents: (filters, format, outPath) =>
      exportEvents(session.query, filters, format, outPath),
    close: () => {
      session.close();
    },
  };
}

export async function createCase(
  dir: string,
  name: string,
  options?: SessionOptions,
): Promise<LogCase> {
  await mkdir(dir, { recursive: true });
  if (existsSync(join(dir, CASE_JSON))) throw new Error('A case already exists in this folder.');
  const document: CaseDocument = {
    version: 1,
    name,
    createdAt: new Date().toISOString(),
    files: [],
    filters: {},
    annotations: {},
  };
  await writeCaseDocument(join(dir, CASE_JSON), document);
  return buildCase(dir, await openSession(join(dir, CASE_DB), options), document);
}

export async function openCase(dir: string, options?: SessionOptions): Promise<LogCase> {
  const document = await readCaseDocument(join(dir, CASE_JSON));
  const session = await openSession(join(dir, CASE_DB), options);
  await loadAnnotations(session, document);
  return buildCase(dir, session, document);
}
