// Imports one detected file into the case database in a single INSERT ... SELECT that DuckDB
// runs on its own threads, so the caller's event loop stays free; progress comes from DuckDB's
// query progress and cancel interrupts the statement and rolls the whole import back.
import type { DetectedFormat } from './detect-format';
import type { DuckSession } from './duckdb-session';
import { lineNumbersAt } from './file-hash';
import { importPlan, type ImportPlan } from './format-plans';

export type ImportProgress = {
  readonly percent: number | null;
  readonly elapsedMs: number;
  /** Remaining time, extrapolated from progress so far; null until DuckDB reports progress. */
  readonly estimateMs: number | null;
};

export type ImportSummary = {
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsRejected: number;
  readonly durationMs: number;
};

export type ImportOptions = {
  readonly fileId: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  readonly progressIntervalMs?: number;
};

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('The import was cancelled; nothing from this file was kept.');
  }
}

/** Event ids are unique across the files of a case and keep file order. */
export const EVENT_ID_FILE_STRIDE = 4_294_967_296;

/** Read through a call so TypeScript does not narrow it across awaits. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function insertSql(plan: ImportPlan, fileId: number): string {
  const ok =
    plan.jsonColumn === undefined ? 'true' : `coalesce(json_valid(${plan.jsonColumn}), false)`;
  const extract =
    plan.jsonColumn === undefined || plan.paths.length === 0
      ? 'NULL::VARCHAR[]'
      : `CASE WHEN ok THEN json_extract_string(${plan.jsonColumn}, [${plan.paths.map((p) => `'${p}'`).join(', ')}]) END`;
  const e = plan.exprs;
  return `INSERT INTO events
    SELECT ${fileId}::BIGINT * ${EVENT_ID_FILE_STRIDE} + record_no, ${fileId}, record_no, time, actor,
      actor_kind, operation, workload, object, client_ip, result, record_type, purpose, raw, extra,
      lower(raw), problem
    FROM (
      SELECT record_no, ${e.time} AS time, ${e.actor} AS actor, ${e.actorKind} AS actor_kind,
        ${e.operation} AS operation, ${e.workload} AS workload, ${e.object} AS object,
        ${e.clientIp} AS client_ip, ${e.result} AS result, ${e.recordType}::VARCHAR AS record_type,
        ${e.purpose} AS purpose, ${plan.raw} AS raw, ${plan.extra} AS extra,
        ${plan.problem} AS problem
      FROM (SELECT *, ${extract} AS x FROM (SELECT *, ${ok} AS ok FROM ${plan.reader}))
    )`;
}

async function count(session: DuckSession, sql: string): Promise<number> {
  const reader = await session.importer.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

async function moveCsvRejects(
  session: DuckSession,
  path: string,
  fileId: number,
  errors: string,
): Promise<void> {
  const reader = await session.importer.runAndReadAll(
    `SELECT DISTINCT line_byte_position FROM ${errors} WHERE line_byte_position IS NOT NULL`,
  );
  const offsets = reader.getRows().map((row) => Number(row[0]));
  const lines = await lineNumbersAt(path, offsets);
  const mapping = [...lines].map(([offset, line]) => `(${offset}, ${line})`).join(', ');
  const lineExpr =
    mapping === ''
      ? 'NULL'
      : `(SELECT l FROM (VALUES ${mapping}) m(o, l) WHERE m.o = e.line_byte_position)`;
  await session.importer.run(
    `INSERT INTO rejects SELECT ${fileId}, ${lineExpr}, NULL,
       error_type || ': ' || error_message, left(trim(csv_line, chr(13) || chr(10)), 500)
     FROM ${errors} e`,
  );
}

export async function importDetectedFile(
  session: DuckSession,
  path: string,
  format: DetectedFormat,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { fileId, signal } = options;
  if (signal?.aborted === true) throw new ImportCancelledError();
  const rejects = { errors: `reject_errors_${fileId}`, scans: `reject_scans_${fileId}` };
  const plan = importPlan(path, format, rejects);
  const started = performance.now();
  const connection = session.importer;
  const onAbort = (): void => {
    connection.interrupt();
  };
  signal?.addEventListener('abort', onAbort);
  const timer = setInterval(() => {
    const progress = connection.progress;
    const elapsedMs = performance.now() - started;
    const percent = progress.percentage >= 0 ? progress.percentage : null;
    const estimateMs =
      percent !== null && percent > 0 ? (elapsedMs * (100 - percent)) / percent : null;
    options.onProgress?.({ percent, elapsedMs, estimateMs });
  }, options.progressIntervalMs ?? 100);
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(insertSql(plan, fileId));
    clearInterval(timer);
    if (isAborted(signal)) throw new ImportCancelledError();
    const lineFromRecord = format.layout === 'jsonl' ? 'record_no' : 'NULL';
    await connection.run(
      `INSERT INTO rejects SELECT file_id, ${lineFromRecord}, record_no, problem, left(raw, 500)
       FROM events WHERE file_id = ${fileId} AND problem IS NOT NULL`,
    );
    await connection.run(`DELETE FROM events WHERE file_id = ${fileId} AND problem IS NOT NULL`);
    if (plan.csvRejects) await moveCsvRejects(session, path, fileId, rejects.errors);
    const rowsImported = await count(
      session,
      `SELECT count(*) FROM events WHERE file_id = ${fileId}`,
    );
    const rowsRejected = await count(
      session,
      `SELECT count(*) FROM rejects WHERE file_id = ${fileId}`,
    );
    await connection.run('COMMIT');
    options.onProgress?.({ percent: 100, elapsedMs: performance.now() - started, estimateMs: 0 });
    return {
      rowsRead: rowsImported + rowsRejected,
      rowsImported,
      rowsRejected,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    if (isAborted(signal)) throw new ImportCancelledError();
    throw error;
  } finally {
    clearInterval(timer);
    signal?.removeEventListener('abort', onAbort);
    if (plan.csvRejects) {
      await connection.run(`DROP TABLE IF EXISTS ${rejects.errors}`).catch(() => undefined);
      await connection.run(`DROP TABLE IF EXISTS ${rejects.scans}`).catch(() => undefined);
    }
  }
}
