// Opens a case's DuckDB database with the settings the review needs: no extension is ever
// installed or auto-loaded (that would download, and the review must work offline: json,
// parquet and icu are built into the binding), timestamps in UTC, bounded memory. Queries run
// on a small pool of connections so a page fetch is not queued behind a facet count; imports
// have their own connection so a cancel interrupts only the import.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { sqlCellsObject } from './sql-text';

export type DuckSession = {
  readonly instance: DuckDBInstance;
  readonly importer: DuckDBConnection;
  /** Runs `work` on a free query connection (waiting for one if all are busy). */
  readonly withConnection: <T>(work: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;
  readonly close: () => void;
};

export type SessionOptions = {
  readonly memoryLimit?: string;
  readonly threads?: number;
  readonly queryConnections?: number;
};

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS rejects (
     file_id INTEGER, line BIGINT, record_no BIGINT, code VARCHAR, detail VARCHAR, excerpt VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS annotations (
     event_id BIGINT PRIMARY KEY, flagged BOOLEAN NOT NULL, tags VARCHAR[] NOT NULL, note VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
];

async function configure(connection: DuckDBConnection): Promise<void> {
  await connection.run("SET TimeZone = 'UTC'");
}

export async function openSession(
  dbPath: string,
  options: SessionOptions = {},
): Promise<DuckSession> {
  const instance = await DuckDBInstance.create(dbPath, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    // Room for a 1M-row file's searchable text (raw + the other cells, 1.05 GB stored
    // uncompressed, see format-plans.ts) and the columns beside it, so a search reads it from
    // memory instead of the OS cache: with 1.2 GB the first search after an import took
    // 545-555 ms and every later one re-read part of it; with 1.4 GB, 477-488 ms. The cost is
    // peak RSS (import, then the bench's queries): 1.56 GB against 1.44 GB.
    memory_limit: options.memoryLimit ?? '1400MB',
    threads: String(options.threads ?? 2),
  });
  const importer = await instance.connect();
  await configure(importer);
  for (const statement of SCHEMA) await importer.run(statement);
  // Search matches and sort orders are cached per view; they never belong in the case file.
  await importer.run("ATTACH ':memory:' AS scratch");
  // Query progress (for the import bar) is tracked only while the progress bar is enabled.
  await importer.run('SET enable_progress_bar = true');
  await importer.run('SET enable_progress_bar_print = false');
  await importer.run('SET progress_bar_time = 0');

  const free: DuckDBConnection[] = [];
  const all: DuckDBConnection[] = [];
  for (let i = 0; i < (options.queryConnections ?? 3); i += 1) {
    const connection = await instance.connect();
    await configure(connection);
    free.push(connection);
    all.push(connection);
  }
  const waiting: ((connection: DuckDBConnection) => void)[] = [];
  const release = (connection: DuckDBConnection): void => {
    const next = waiting.shift();
    if (next === undefined) free.push(connection);
    else next(connection);
  };
  const acquire = (): Promise<DuckDBConnection> => {
    const connection = free.pop();
    if (connection !== undefined) return Promise.resolve(connection);
    return new Promise((resolve) => waiting.push(resolve));
  };

  return {
    instance,
    importer,
    withConnection: async (work) => {
      const connection = await acquire();
      try {
        return await work(connection);
      } finally {
        release(connection);
      }
    },
    close: () => {
      for (const connection of all) connection.closeSync();
      importer.closeSync();
      instance.closeSync();
    },
  };
}

/** A file's events table, and the preview table holding its first records while it imports. */
export function fileTable(fileId: number): string {
  return `file_${fileId}`;
}
export function previewTable(fileId: number): string {
  return `preview_${fileId}`;
}

/** Event ids are unique across the files of a case and keep file order. */
export const EVENT_ID_FILE_STRIDE = 4_294_967_296;

const MODEL_COLUMNS = `time, actor, actor_kind, operation, workload, object, client_ip, result,
  record_type, purpose, raw`;

/** A file's table as the events view reads it. */
export type ViewTable = {
  readonly fileId: number;
  readonly table: string;
  /** The names of the cells its `extra` holds as a JSON array (format-plans.ts). */
  readonly otherCells?: readonly string[];
};

/**
 * The `events` view every query reads: the imported files' tables, rows that mapped cleanly.
 * A file table is filled once by one ordered INSERT and never updated in place or deleted
 * from (rejected rows stay, excluded here), so its rowid is the record's stable position in
 * the file and the event id can be derived from it. `extra` is the other cells as an object
 * (rebuilt from the stored array only when a query reads it: exports, the record view);
 * `cells` is the stored text itself, which free-text search reads.
 */
export async function refreshEventsView(
  connection: DuckDBConnection,
  tables: readonly ViewTable[],
): Promise<void> {
  const parts = tables.map(
    ({ fileId, table, otherCells = [] }) =>
      `SELECT (${fileId}::BIGINT * ${EVENT_ID_FILE_STRIDE} + rowid + 1) AS event_id, ${fileId} AS file_id,
         rowid + 1 AS record_no, ${MODEL_COLUMNS}, ${sqlCellsObject('extra', otherCells)} AS extra,
         extra AS cells FROM ${table} WHERE problem IS NULL`,
  );
  const body =
    parts.length > 0
      ? parts.join('\nUNION ALL\n')
      : `SELECT NULL::BIGINT AS event_id, NULL::INTEGER AS file_id, NULL::BIGINT AS record_no,
           NULL::TIMESTAMP AS time, NULL::VARCHAR AS actor, NULL::VARCHAR AS actor_kind,
           NULL::VARCHAR AS operation, NULL::VARCHAR AS workload, NULL::VARCHAR AS object,
           NULL::VARCHAR AS client_ip, NULL::VARCHAR AS result, NULL::VARCHAR AS record_type,
           NULL::VARCHAR AS purpose, NULL::VARCHAR AS raw, NULL::VARCHAR AS extra,
           NULL::VARCHAR AS cells WHERE false`;
  await connection.run(`CREATE OR REPLACE VIEW events AS ${body}`);
}
