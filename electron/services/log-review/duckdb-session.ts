// Opens a case's DuckDB database with the settings the review needs: no extension is ever
// installed or auto-loaded (they would be downloaded, and the review must work offline: json,
// parquet and icu are built into the binding), timestamps in UTC, bounded memory.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type DuckSession = {
  readonly instance: DuckDBInstance;
  /** Queries and exports. */
  readonly query: DuckDBConnection;
  /** Imports, on their own connection so a cancel interrupts only the import. */
  readonly importer: DuckDBConnection;
  readonly close: () => void;
};

export type SessionOptions = { readonly memoryLimit?: string; readonly threads?: number };

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS events (
     event_id BIGINT, file_id INTEGER, record_no BIGINT, time TIMESTAMP, actor VARCHAR,
     actor_kind VARCHAR, operation VARCHAR, workload VARCHAR, object VARCHAR, client_ip VARCHAR,
     result VARCHAR, record_type VARCHAR, purpose VARCHAR, raw VARCHAR, extra VARCHAR,
     raw_lc VARCHAR, problem VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS rejects (
     file_id INTEGER, line BIGINT, record_no BIGINT, reason VARCHAR, excerpt VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS annotations (
     event_id BIGINT PRIMARY KEY, flagged BOOLEAN NOT NULL, tags VARCHAR[] NOT NULL, note VARCHAR)`,
];

export async function openSession(
  dbPath: string,
  options: SessionOptions = {},
): Promise<DuckSession> {
  const instance = await DuckDBInstance.create(dbPath, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: options.memoryLimit ?? '1200MB',
    threads: String(options.threads ?? 2),
  });
  const query = await instance.connect();
  await query.run("SET GLOBAL TimeZone = 'UTC'");
  for (const statement of SCHEMA) await query.run(statement);
  const importer = await instance.connect();
  // Query progress (for the import bar) is only tracked while the progress bar is enabled.
  await importer.run('SET enable_progress_bar = true');
  await importer.run('SET enable_progress_bar_print = false');
  await importer.run('SET progress_bar_time = 0');
  return {
    instance,
    query,
    importer,
    close: () => {
      importer.closeSync();
      query.closeSync();
      instance.closeSync();
    },
  };
}
