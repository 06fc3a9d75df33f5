// A review case: a folder holding case.duckdb (the events, never all on the JS heap) and
// case.json (files with hashes, the saved view, flags / tags / notes). Opening one is opening
// a database file, so it is instant whatever its size.
import { mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {
  Annotation,
  CaseInfo,
  EventFilters,
  EventRow,
  EventSort,
  ExportFormat,
  Integrity,
  RejectPage,
} from '../../../shared/ipc/schemas/logs';
import { rejectedRowSchema } from '../../../shared/ipc/schemas/logs';
import {
  publicFile,
  readCaseDocument,
  writeCaseDocument,
  type CaseDocument,
  type StoredFile,
} from './case-file';
import { detectFormat, type UnrecognisedReason } from './detect-format';
import {
  fileTable,
  openSession,
  previewTable,
  refreshEventsView,
  type DuckSession,
  type SessionOptions,
  type ViewTable,
} from './duckdb-session';
import { createEventQueries, type EventQueries, type RecordFile } from './event-query';
import { exportEvents } from './export-view';
import { hashFile } from './file-scan';
import { importPlan } from './format-plans';
import { ImportCancelledError, importDetectedFile, type ImportProgress } from './import-file';
import { loadAnnotations, putAnnotation } from './annotation-store';
import { findManifest, verifyExport, type VerifyingKey } from './manifest-verify';

export type ImportOutcome =
  | { readonly status: 'imported'; readonly file: StoredFile }
  | { readonly status: 'unrecognised'; readonly reason: UnrecognisedReason; readonly found: string }
  | { readonly status: 'cancelled' };

export type ImportHooks = {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The first records can be browsed (they are in the events view). */
  readonly onPreview?: () => void;
  readonly trustedKeys?: () => Promise<readonly VerifyingKey[]>;
};

export type LogCase = {
  readonly dir: string;
  readonly document: () => CaseDocument;
  readonly info: () => CaseInfo;
  readonly queries: EventQueries;
  readonly importFile: (path: string, hooks?: ImportHooks) => Promise<ImportOutcome>;
  readonly record: (eventId: number) => ReturnType<EventQueries['record']>;
  readonly rejects: (fileId: number, offset: number, limit: number) => Promise<RejectPage>;
  /** Saves the annotation; undefined when there is no such event. */
  readonly annotate: (eventId: number, annotation: Annotation) => Promise<EventRow | undefined>;
  readonly saveFilters: (filters: EventFilters) => Promise<void>;
  /** Writes the events matching `filters`, in the order of `sort`, to `outPath`. */
  readonly exportEvents: (
    filters: EventFilters,
    sort: EventSort,
    format: ExportFormat,
    outPath: string,
  ) => Promise<number>;
  /** Re-checks a provider export's stored manifest against today's trusted keys. */
  readonly reverify: (fileId: number, keys: readonly VerifyingKey[]) => Promise<Integrity | null>;
  readonly close: () => Promise<void>;
};

const CASE_JSON = 'case.json';
const CASE_DB = 'case.duckdb';
const PROVIDER_FORMATS = new Set(['provider-jsonl', 'provider-csv']);

function caseInfo(id: string, document: CaseDocument): CaseInfo {
  const annotations = Object.values(document.annotations);
  return {
    id,
    name: document.name,
    createdAt: document.createdAt,
    files: document.files.map(publicFile),
    filters: document.filters,
    totalEvents: document.files.reduce((n, f) => n + f.rowsImported, 0),
    flaggedEvents: annotations.filter((a) => a.flagged).length,
    tags: [...new Set(annotations.flatMap((a) => a.tags))].sort(),
  };
}

function committedTables(document: CaseDocument): ViewTable[] {
  return document.files.map((f) => ({
    fileId: f.fileId,
    table: fileTable(f.fileId),
    ...(f.otherCells === undefined ? {} : { otherCells: f.otherCells }),
  }));
}

function buildCase(dir: string, session: DuckSession, initial: CaseDocument): LogCase {
  let document = initial;
  const id = basename(dir);
  const jsonPath = join(dir, CASE_JSON);
  const queries = createEventQueries(session);
  // Changes apply one at a time to the latest document, so none is lost to another.
  let saving: Promise<unknown> = Promise.resolve();
  const update = (change: (current: CaseDocument) => CaseDocument): Promise<void> => {
    const next = saving.then(async () => {
      const changed = change(document);
      await writeCaseDocument(jsonPath, changed);
      document = changed;
    });
    saving = next.catch(() => undefined);
    return next;
  };
  const showTables = async (extra: ViewTable[] = []): Promise<void> => {
    await refreshEventsView(session.importer, [...committedTables(document), ...extra]);
    await queries.eventsChanged();
  };
  const fileName = (fileId: number): string | undefined =>
    document.files.find((f) => f.fileId === fileId)?.name;
  const fileInfo = (fileId: number): RecordFile | undefined => {
    const file = document.files.find((f) => f.fileId === fileId);
    return file === undefined ? undefined : { name: file.name, otherCells: file.otherCells ?? [] };
  };

  const importFile = async (path: string, hooks: ImportHooks = {}): Promise<ImportOutcome> => {
    const detection = await detectFormat(path);
    if (!detection.ok)
      return { status: 'unrecognised', reason: detection.reason, found: detection.found };
    const fileId = document.files.reduce((max, f) => Math.max(max, f.fileId), 0) + 1;
    const { otherCells } = importPlan(detection.format);
    const started = performance.now();
    const hashing = hashFile(path, hooks.signal === undefined ? {} : { signal: hooks.signal });
    hashing.catch(() => undefined);
    const size = (await stat(path)).size;
    try {
      const counts = await importDetectedFile(session, path, detection.format, {
        fileId,
        fileSize: size,
        scratchPath: join(dir, `import-${fileId}.lines`),
        ...(hooks.signal === undefined ? {} : { signal: hooks.signal }),
        ...(hooks.onProgress === undefined ? {} : { onProgress: hooks.onProgress }),
        onPreview: async () => {
          await showTables([{ fileId, table: previewTable(fileId), otherCells }]);
          hooks.onPreview?.();
        },
        onAbandon: () => showTables(),
      });
      const sha256 = await hashing;
      const manifest = PROVIDER_FORMATS.has(detection.format.id)
        ? await findManifest(path)
        : undefined;
      const integrity = PROVIDER_FORMATS.has(detection.format.id)
        ? verifyExport(manifest, sha256, (await hooks.trustedKeys?.()) ?? [])
        : null;
      const file: StoredFile = {
        fileId,
        name: basename(path),
        sha256,
        size,
        format: detection.format.id,
        importedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
        ...counts,
        integrity,
        ...(manifest === undefined ? {} : { manifest }),
        ...(otherCells.length === 0 ? {} : { otherCells: [...otherCells] }),
      };
      await update((d) => ({ ...d, files: [...d.files, file] }));
      await showTables();
      await session.importer.run(`DROP TABLE IF EXISTS ${previewTable(fileId)}`);
      // The imported table goes into the database file now, so a reopen reads no log (a
      // checkpoint that meets another transaction is left to DuckDB's own).
      await session.importer.run('CHECKPOINT').catch(() => undefined);
      return { status: 'imported', file };
    } catch (error) {
      if (error instanceof ImportCancelledError) return { status: 'cancelled' };
      throw error;
    }
  };

  return {
    dir,
    document: () => document,
    info: () => caseInfo(id, document),
    queries,
    importFile,
    record: (eventId) => queries.record(eventId, fileInfo),
    rejects: (fileId, offset, limit) =>
      session.withConnection(async (db) => {
        if (fileName(fileId) === undefined) return { rows: [], total: 0 };
        const union = `SELECT line, NULL::BIGINT AS record_no, code, detail, excerpt FROM rejects WHERE file_id = ${fileId}
          UNION ALL SELECT src_line, rowid + 1, problem, detail, left(raw, 500) FROM ${fileTable(fileId)}
          WHERE problem IS NOT NULL`;
        const reader = await db.runAndReadAll(
          `SELECT line::DOUBLE AS line, record_no::DOUBLE AS "recordNo", code, coalesce(detail, '') AS detail,
             excerpt, count(*) OVER ()::DOUBLE AS total FROM (${union})
           ORDER BY line NULLS LAST, record_no NULLS LAST
           LIMIT ${Math.floor(limit)} OFFSET ${Math.floor(offset)}`,
        );
        const objects = reader.getRowObjectsJS();
        const rows = objects.map((r) =>
          rejectedRowSchema.parse({
            line: typeof r.line === 'number' ? r.line : null,
            recordNo: typeof r.recordNo === 'number' ? r.recordNo : null,
            code: r.code,
            detail: r.detail,
            excerpt: typeof r.excerpt === 'string' ? r.excerpt : null,
          }),
        );
        const file = document.files.find((f) => f.fileId === fileId);
        return { rows, total: Number(objects[0]?.total ?? file?.rowsRejected ?? 0) };
      }),
    annotate: async (eventId, annotation) => {
      const existing = await queries.record(eventId, fileInfo);
      if (existing === undefined) return undefined;
      const key = String(eventId);
      const note = annotation.note?.trim() === '' ? null : annotation.note;
      const tags = [...new Set(annotation.tags.map((t) => t.trim()).filter((t) => t !== ''))];
      const clean: Annotation = { flagged: annotation.flagged, tags, note };
      const empty = !clean.flagged && clean.tags.length === 0 && clean.note === null;
      let revision = 0;
      await update((d) => {
        revision = d.annotationsRevision + 1;
        const others = Object.entries(d.annotations).filter(([k]) => k !== key);
        return {
          ...d,
          annotations: Object.fromEntries([...others, ...(empty ? [] : [[key, clean] as const])]),
          annotationsRevision: revision,
        };
      });
      await putAnnotation(session, eventId, clean, revision);
      await queries.annotationsChanged();
      return { ...existing.row, ...clean };
    },
    saveFilters: (filters) => update((d) => ({ ...d, filters })),
    exportEvents: async (filters, sort, format, outPath) => {
      const where = await queries.where(filters);
      return session.withConnection((db) => exportEvents(db, where, sort, format, outPath));
    },
    reverify: async (fileId, keys) => {
      const file = document.files.find((f) => f.fileId === fileId);
      if (file?.integrity === null || file === undefined) return null;
      const integrity = verifyExport(file.manifest, file.sha256, keys);
      await update((d) => ({
        ...d,
        files: d.files.map((f) => (f.fileId === fileId ? { ...f, integrity } : f)),
      }));
      return integrity;
    },
    close: async () => {
      await saving;
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
  const now = new Date().toISOString();
  const document: CaseDocument = {
    version: 1,
    name,
    createdAt: now,
    lastOpenedAt: now,
    files: [],
    filters: {},
    annotations: {},
    annotationsRevision: 0,
  };
  await writeCaseDocument(join(dir, CASE_JSON), document);
  const session = await openSession(join(dir, CASE_DB), options);
  await refreshEventsView(session.importer, []);
  return buildCase(dir, session, document);
}

export async function openCase(dir: string, options?: SessionOptions): Promise<LogCase> {
  const stored = await readCaseDocument(join(dir, CASE_JSON));
  const document = { ...stored, lastOpenedAt: new Date().toISOString() };
  await writeCaseDocument(join(dir, CASE_JSON), document);
  const session = await openSession(join(dir, CASE_DB), options);
  try {
    // A file whose import never finished (the app quit mid-way) left tables case.json does
    // not list: drop them so the next import starts clean.
    const listed = new Set(document.files.map((f) => fileTable(f.fileId)));
    const tables = await session.importer.runAndReadAll(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
       AND (table_name LIKE 'file\\_%' ESCAPE '\\' OR table_name LIKE 'preview\\_%' ESCAPE '\\'
            OR table_name LIKE 'reject\\_%' ESCAPE '\\')`,
    );
    for (const [name] of tables.getRows())
      if (typeof name === 'string' && !listed.has(name))
        await session.importer.run(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
    const ids = document.files.map((f) => f.fileId);
    await session.importer.run(
      ids.length === 0
        ? 'DELETE FROM rejects'
        : `DELETE FROM rejects WHERE file_id NOT IN (${ids.join(', ')})`,
    );
    await refreshEventsView(session.importer, committedTables(document));
    await loadAnnotations(session, document, dir);
  } catch (error) {
    session.close();
    throw error;
  }
  return buildCase(dir, session, document);
}
