// Imports one detected file into its own table of the case database. DuckDB does the work
// on its own threads (one parallel INSERT ... SELECT, no per-row JavaScript), so the main
// process's event loop stays free; byte-level work (JSON normalising, line numbers) runs in a
// worker thread. The first records go into a small preview table first, so they can be
// browsed within a second while the rest loads. Cancel interrupts DuckDB or the worker and
// drops everything of this file.
import { rm } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportPhase } from '../../../shared/ipc/schemas/logs';
import type { DetectedFormat } from './detect-format';
import { fileTable, previewTable, type DuckSession } from './duckdb-session';
import { csvRecordLines, normaliseJson, ScanCancelledError } from './file-scan';
import { fileTableDdl, importPlan, type ImportPlan, type ReaderTarget } from './format-plans';
import { NUMBERED_SEPARATOR } from './json-normaliser';
import { sqlString } from './sql-text';

export type ImportProgress = {
  readonly phase: ImportPhase;
  readonly percent: number | null;
};

export type ImportCounts = {
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsRejected: number;
};

export type ImportOptions = {
  readonly fileId: number;
  readonly fileSize: number;
  /** Where the numbered-lines copy of a JSON export is written (deleted afterwards). */
  readonly scratchPath: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Called once the preview table holds the first records; it should show them. */
  readonly onPreview?: () => Promise<void>;
  /** Called before a failed or cancelled import drops its tables: stop showing them. */
  readonly onAbandon?: () => Promise<void>;
  readonly signal?: AbortSignal;
  readonly previewRows?: number;
  readonly progressIntervalMs?: number;
};

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('The import was cancelled; nothing from this file was kept.');
  }
}

/** Read through a call so TypeScript does not narrow it across awaits. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (isAborted(signal)) throw new ImportCancelledError();
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Lines of CSV-level rejects and of rows that failed mapping, written to `rejects` / the table. */
async function recordRejects(
  session: DuckSession,
  plan: ImportPlan,
  format: DetectedFormat,
  source: string,
  options: ImportOptions,
  errors: string,
): Promise<void> {
  const connection = session.importer;
  const table = fileTable(options.fileId);
  const fileId = options.fileId;
  if (plan.numberedLines) {
    const separator = sqlString(NUMBERED_SEPARATOR);
    // Our own copy starts every line with the original line number.
    await connection.run(
      `INSERT INTO rejects SELECT ${fileId},
         try_cast(split_part(ltrim(csv_line, chr(10) || chr(13)), ${separator}, 1) AS BIGINT),
         NULL, 'csv-structure', error_type,
         left(split_part(csv_line, ${separator}, 3), 500) FROM ${errors}`,
    );
    return;
  }
  const offsets = (
    await connection.runAndReadAll(
      `SELECT DISTINCT coalesce(line_byte_position, byte_position)::DOUBLE FROM ${errors}`,
    )
  )
    .getRows()
    .map((row) => Number(row[0]));
  const ordinals = (
    await connection.runAndReadAll(
      `SELECT (rowid + 1)::DOUBLE FROM ${table} WHERE problem IS NOT NULL ORDER BY rowid LIMIT 100000`,
    )
  )
    .getRows()
    .map((row) => Number(row[0]));
  const utf8 = format.layout === 'csv' && format.encoding === 'utf-8';
  // An unterminated quote in the last record means the file was cut off there.
  const unterminated = await connection.runAndReadAll(
    `SELECT count(*) FROM ${errors} WHERE error_type = 'UNQUOTED VALUE'`,
  );
  const needLastRecord = Number(unterminated.getRows()[0]?.[0] ?? 0) > 0;
  const skipRecords = format.layout === 'csv' ? format.skipLines + 1 : 0;
  const lines =
    (offsets.length > 0 || ordinals.length > 0) && utf8
      ? await csvRecordLines(
          source,
          { skipRecords, rejectOffsets: offsets, ordinals, needLastRecord },
          options.signal === undefined ? {} : { signal: options.signal },
        )
      : {
          offsetLines: new Map<number, number>(),
          ordinalLines: new Map<number, number>(),
          lastRecordLine: null,
        };
  const mapTable = `line_map_${fileId}`;
  await connection.run(`CREATE TEMP TABLE ${mapTable} (kind VARCHAR, k DOUBLE, line BIGINT)`);
  try {
    const rows = [
      ...[...lines.offsetLines].map(([k, line]) => `('o', ${k}, ${line})`),
      ...[...lines.ordinalLines].map(([k, line]) => `('r', ${k}, ${line})`),
    ];
    for (let i = 0; i < rows.length; i += 1000)
      await connection.run(`INSERT INTO ${mapTable} VALUES ${rows.slice(i, i + 1000).join(', ')}`);
    await connection.run(
      `INSERT INTO rejects SELECT ${fileId}, m.line, NULL,
         CASE WHEN e.error_type = 'UNQUOTED VALUE' AND m.line = ${lines.lastRecordLine ?? -1}
              THEN 'truncated' ELSE 'csv-structure' END, e.error_type,
         left(trim(e.csv_line, chr(13) || chr(10)), 500)
       FROM ${errors} e LEFT JOIN ${mapTable} m
         ON m.kind = 'o' AND m.k = coalesce(e.line_byte_position, e.byte_position)::DOUBLE`,
    );
    // Mapping problems stay in the file table (rowids must not move); only their line is set.
    await connection.run(
      `UPDATE ${table} SET src_line = m.line FROM ${mapTable} m
       WHERE m.kind = 'r' AND ${table}.rowid + 1 = m.k`,
    );
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${mapTable}`);
  }
}

async function dropFileTables(connection: DuckDBConnection, fileId: number): Promise<void> {
  for (const table of [
    fileTable(fileId),
    previewTable(fileId),
    `reject_errors_${fileId}`,
    `reject_scans_${fileId}`,
  ])
    await connection.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
}

/** Fills `file_<id>`; on any failure or cancel nothing of the file remains. */
export async function importDetectedFile(
  session: DuckSession,
  path: string,
  format: DetectedFormat,
  options: ImportOptions,
): Promise<ImportCounts> {
  const { fileId, signal } = options;
  const connection = session.importer;
  const plan = importPlan(format);
  const errors = `reject_errors_${fileId}`;
  const scans = `reject_scans_${fileId}`;
  const onAbort = (): void => {
    connection.interrupt();
  };
  signal?.addEventListener('abort', onAbort);
  // Percent of the whole job: normalising a JSON export takes about a third of it.
  const share = plan.numberedLines ? { from: 30, span: 65 } : { from: 0, span: 95 };
  let phase: ImportPhase = plan.numberedLines ? 'preparing' : 'importing';
  const report = (percent: number | null): void => {
    options.onProgress?.({ phase, percent });
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    let source = path;
    if (plan.numberedLines) {
      report(0);
      await normaliseJson(
        path,
        format.layout === 'json-array' ? 'json-array' : 'jsonl',
        options.scratchPath,
        {
          ...(signal === undefined ? {} : { signal }),
          onProgress: (bytes) => {
            report(Math.min(30, (bytes / Math.max(1, options.fileSize)) * 30));
          },
        },
      );
      source = options.scratchPath;
      phase = 'importing';
    }
    checkAborted(signal);
    const preview: ReaderTarget = { path: source, rejects: null };
    await connection.run(fileTableDdl(previewTable(fileId)));
    await connection.run(
      `INSERT INTO ${previewTable(fileId)} ${plan.select(preview)} LIMIT ${options.previewRows ?? 1000}`,
    );
    checkAborted(signal);
    await options.onPreview?.();

    timer = setInterval(() => {
      const progress = connection.progress;
      if (progress.percentage > 0) report(share.from + (progress.percentage * share.span) / 100);
    }, options.progressIntervalMs ?? 100);
    const full: ReaderTarget = { path: source, rejects: { errors, scans } };
    await connection.run(fileTableDdl(fileTable(fileId)));
    await connection.run(`INSERT INTO ${fileTable(fileId)} ${plan.select(full)}`);
    clearInterval(timer);
    checkAborted(signal);
    phase = 'finishing';
    report(95);
    await recordRejects(session, plan, format, source, options, errors);
    checkAborted(signal);
    const table = fileTable(fileId);
    const rowsImported = await count(
      connection,
      `SELECT count(*) FROM ${table} WHERE problem IS NULL`,
    );
    const mappingRejects = await count(
      connection,
      `SELECT count(*) FROM ${table} WHERE problem IS NOT NULL`,
    );
    const structureRejects = await count(
      connection,
      `SELECT count(*) FROM rejects WHERE file_id = ${fileId}`,
    );
    await connection.run(`DROP TABLE IF EXISTS ${errors}`);
    await connection.run(`DROP TABLE IF EXISTS ${scans}`);
    return {
      rowsRead: rowsImported + mappingRejects + structureRejects,
      rowsImported,
      rowsRejected: mappingRejects + structureRejects,
    };
  } catch (error) {
    clearInterval(timer);
    await options.onAbandon?.().catch(() => undefined);
    await dropFileTables(connection, fileId);
    await connection.run(`DELETE FROM rejects WHERE file_id = ${fileId}`).catch(() => undefined);
    if (isAborted(signal) || error instanceof ScanCancelledError) throw new ImportCancelledError();
    throw error;
  } finally {
    clearInterval(timer);
    signal?.removeEventListener('abort', onAbort);
    if (plan.numberedLines) await rm(options.scratchPath, { force: true });
  }
}
