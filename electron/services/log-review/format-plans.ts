// Per-format SQL that maps a file's records to the event model in one parallel pass: a reader
// (a DuckDB table function with explicit columns) and one expression per event-model field.
// The JSON of each record is parsed once (json_extract_string with a list of paths, inside
// try() so a malformed record yields NULL instead of failing the statement).
import { findColumn } from './csv-header';
import type { DetectedFormat } from './detect-format';
import { NUMBERED_SEPARATOR } from './json-normaliser';
import {
  sqlIdent,
  sqlJsonArray,
  sqlJsonObject,
  sqlResult,
  sqlSignInResult,
  sqlString,
  sqlUtcTime,
} from './sql-text';

export type ModelField =
  | 'time'
  | 'actor'
  | 'actorKind'
  | 'operation'
  | 'workload'
  | 'object'
  | 'clientIp'
  | 'result'
  | 'recordType'
  | 'purpose';

/** Where the reader reads from and where CSV-level rejects go. */
export type ReaderTarget = {
  /** The original file (CSV) or its numbered-lines copy (JSON). */
  readonly path: string;
  /** Null for a preview read, which skips unreadable records instead of recording them. */
  readonly rejects: { readonly errors: string; readonly scans: string } | null;
};

export type ImportPlan = {
  /** SELECT producing the file table's columns, in order. */
  readonly select: (target: ReaderTarget) => string;
  /** The reader reads the numbered-lines copy (JSON formats), not the original file. */
  readonly numberedLines: boolean;
  /**
   * The names of the cells kept in `extra` as a JSON array of their values, in order (kept
   * with the file; sqlCellsObject turns them back into an object). Empty when `extra` is NULL.
   */
  readonly otherCells: readonly string[];
};

/**
 * The per-file table every plan fills, with each text column's compression chosen here
 * rather than left to DuckDB's per-segment analysis. Measured on the 1M-row bench file
 * (1.1 GB, ~0.9 KB of JSON a row; 2 cores, median of 3): the INSERT took 7.2 s wall /
 * 12.9 s CPU with automatic compression, 4.9-5.3 s / 8.7-9.2 s with this layout.
 * - `raw`, `extra`: uncompressed. Auto picked FSST, whose compressBulk alone was 18% of the
 *   import's CPU (perf), plus dictionary analysis hashing every unique 1 KB record. FSST
 *   made the case file smaller (0.53 GB against 1.16 GB) but not the search: RE2 reads
 *   either at the same speed (352 ms FSST, 340 ms uncompressed, one term over `raw`), and
 *   disk space is the cheap resource here.
 * - `object`, `client_ip`: uncompressed too; nearly every value is distinct, so dictionary
 *   and FSST analysis cost CPU (about 0.3 s) for little gain.
 * - the facet columns: dictionary, which they always get, without analysing the others.
 */
export function fileTableDdl(table: string): string {
  const plain = 'VARCHAR USING COMPRESSION uncompressed';
  const facet = 'VARCHAR USING COMPRESSION dictionary';
  return `CREATE TABLE ${table} (
    time TIMESTAMP, actor ${facet}, actor_kind ${facet}, operation ${facet}, workload ${facet},
    object ${plain}, client_ip ${plain}, result ${facet}, record_type ${facet}, purpose ${facet},
    raw ${plain}, extra ${plain}, src_line BIGINT,
    problem VARCHAR, detail VARCHAR)`;
}

const NULL = 'NULL';
const MAX_LINE = 8 * 1024 * 1024;
/**
 * DuckDB sizes its CSV read buffers at 16 times max_line_size unless told otherwise, so the
 * 8 MB line limit above meant 128 MB buffers. 32 MB (the size the default 2 MB limit gets)
 * still holds any allowed line and, on the 1M-row bench file, took 0.35-0.5 s off the import
 * (5.0 s against 5.4 s wall, median of 3) and 170 MB off its peak RSS.
 */
const READ_BUFFER = 32 * 1024 * 1024;

function userTypeKind(expr: string): string {
  // UAL UserType: 0 regular user, 1 reserved, 2 admin, 3 datacenter admin (the provider's
  // staff), 4 system, 5 application, 6 service principal, 7 custom policy, 8 system policy.
  return (
    `CASE ${expr} WHEN '0' THEN 'tenant-user' WHEN '2' THEN 'tenant-admin' WHEN '3' THEN 'provider-operator' ` +
    `WHEN '5' THEN 'application' WHEN '6' THEN 'application' WHEN '4' THEN 'system' WHEN '7' THEN 'system' ` +
    `WHEN '8' THEN 'system' ELSE 'unknown' END`
  );
}

const PROVIDER_KINDS = [
  'tenant-admin',
  'tenant-user',
  'application',
  'provider-operator',
  'subprocessor',
  'legal-demand',
];

function providerKind(expr: string): string {
  return `CASE ${expr} ${PROVIDER_KINDS.map((k) => `WHEN ${sqlString(k)} THEN ${sqlString(k)}`).join(' ')} ELSE 'unknown' END`;
}

function rejectOptions(target: ReaderTarget): string {
  return target.rejects === null
    ? 'ignore_errors = true'
    : `store_rejects = true, rejects_table = ${sqlString(target.rejects.errors)}, ` +
        `rejects_scan = ${sqlString(target.rejects.scans)}`;
}

function csvReader(
  format: Extract<DetectedFormat, { layout: 'csv' }>,
  target: ReaderTarget,
): string {
  const columns = format.header.columns.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ');
  return (
    `read_csv(${sqlString(target.path)}, auto_detect = false, header = true, ` +
    `skip = ${format.skipLines}, delim = ',', quote = '"', escape = '"', ` +
    `encoding = ${sqlString(format.encoding)}, columns = {${columns}}, ` +
    `max_line_size = ${MAX_LINE}, buffer_size = ${READ_BUFFER}, ${rejectOptions(target)})`
  );
}

function numberedReader(target: ReaderTarget): string {
  return (
    `read_csv(${sqlString(target.path)}, auto_detect = false, header = false, ` +
    `delim = ${sqlString(NUMBERED_SEPARATOR)}, quote = '', escape = '', new_line = '\\n', ` +
    `columns = {'src_line': 'BIGINT', 'flag': 'VARCHAR', 'j': 'VARCHAR'}, ` +
    `max_line_size = ${MAX_LINE}, buffer_size = ${READ_BUFFER}, ${rejectOptions(target)})`
  );
}

/** Collects JSON paths and hands back the `x[i]` expression for each. */
function pathList(): {
  readonly paths: string[];
  readonly at: (...alternatives: string[]) => string;
} {
  const paths: string[] = [];
  const one = (path: string): string => {
    const existing = paths.indexOf(path);
    const index = existing >= 0 ? existing : paths.push(path) - 1;
    return `x[${index + 1}]`;
  };
  return {
    paths,
    at: (...alternatives) =>
      alternatives.length === 1
        ? one(alternatives[0] ?? '')
        : `coalesce(${alternatives.map(one).join(', ')})`,
  };
}

type Mapping = Readonly<Record<ModelField, string>>;

/** Whether JSON text is an object; the common case without copying the (large) text. */
function isObject(json: string): string {
  return `CASE WHEN left(${json}, 1) = '{' THEN true ELSE starts_with(ltrim(${json}), '{') END`;
}

/** The projection every plan ends with; `timeText` is the unparsed time for the reject detail. */
function project(options: {
  readonly source: string;
  /** The column holding the record's JSON text; null when the record is built from cells. */
  readonly json: string | null;
  readonly paths: readonly string[];
  readonly exprs: Mapping;
  readonly timeText: string;
  readonly raw: string;
  readonly extra: string;
  readonly srcLine: string;
  readonly earlyProblem: string;
}): string {
  const { exprs, json } = options;
  const extract =
    json === null || options.paths.length === 0
      ? "['']::VARCHAR[]"
      : `try(json_extract_string(${json}, [${options.paths.map(sqlString).join(', ')}]))`;
  // `x` is NULL exactly when the record is not valid JSON (try() swallowed the error).
  const jsonChecks =
    json === null
      ? ''
      : `WHEN x IS NULL THEN 'invalid-json'
           WHEN NOT is_object THEN 'not-an-object'`;
  return `SELECT time, actor, actor_kind, operation, workload, object, client_ip, result, record_type,
      purpose, raw, extra, src_line,
      CASE WHEN early IS NOT NULL THEN early
           ${jsonChecks}
           WHEN time IS NULL THEN 'unreadable-time' END AS problem,
      CASE WHEN early IS NULL AND x IS NOT NULL AND time IS NULL
           THEN coalesce(time_text, '') END AS detail
    FROM (
      SELECT ${sqlUtcTime(exprs.time)} AS time, (${exprs.actor})::VARCHAR AS actor,
        ${exprs.actorKind} AS actor_kind, (${exprs.operation})::VARCHAR AS operation,
        (${exprs.workload})::VARCHAR AS workload, (${exprs.object})::VARCHAR AS object,
        (${exprs.clientIp})::VARCHAR AS client_ip, ${exprs.result} AS result,
        (${exprs.recordType})::VARCHAR AS record_type, (${exprs.purpose})::VARCHAR AS purpose,
        ${options.raw} AS raw, ${options.extra} AS extra, ${options.srcLine} AS src_line,
        (${options.timeText})::VARCHAR AS time_text, early, x,
        ${json === null ? 'true' : isObject(json)} AS is_object
      FROM (SELECT *, ${options.earlyProblem} AS early, ${extract} AS x FROM ${options.source})
    )`;
}

function ualPlan(format: Extract<DetectedFormat, { layout: 'csv' }>): ImportPlan {
  const { paths, at } = pathList();
  const col = (...names: string[]): string => {
    const found = findColumn(format.header, ...names);
    return found === undefined ? NULL : sqlIdent(found);
  };
  const audit = sqlIdent(findColumn(format.header, 'AuditData') ?? 'AuditData');
  const date = `coalesce(${col('CreationDate')}, ${at('$.CreationTime')})`;
  const exprs: Mapping = {
    time: date,
    actor: `coalesce(${col('UserId', 'UserIds')}, ${at('$.UserId')})`,
    actorKind: userTypeKind(at('$.UserType')),
    operation: `coalesce(${col('Operation', 'Operations')}, ${at('$.Operation')})`,
    workload: at('$.Workload'),
    object: at('$.ObjectId'),
    clientIp: at('$.ClientIP', '$.ClientIPAddress', '$.ActorIpAddress'),
    result: sqlResult(at('$.ResultStatus')),
    recordType: `coalesce(${col('RecordType')}, ${at('$.RecordType')})`,
    purpose: NULL,
  };
  const others = format.header.columns.filter((c) => c.toLowerCase() !== 'auditdata');
  return {
    numberedLines: false,
    otherCells: others,
    select: (target) =>
      project({
        source: csvReader(format, target),
        json: audit,
        paths,
        exprs,
        timeText: date,
        // AuditData is the record itself and goes in untouched; the other cells beside it.
        raw: audit,
        extra: sqlJsonArray(others),
        srcLine: 'NULL::BIGINT',
        earlyProblem: `CASE WHEN ${audit} IS NULL OR ${audit} = '' THEN 'empty-record' END`,
      }),
  };
}

function flatCsvExprs(format: Extract<DetectedFormat, { layout: 'csv' }>): Mapping {
  const col = (...names: string[]): string => {
    const found = findColumn(format.header, ...names);
    return found === undefined ? NULL : sqlIdent(found);
  };
  switch (format.id) {
    case 'entra-signin-csv':
      return {
        time: col('Date (UTC)', 'Date'),
        actor: `coalesce(${col('Username', 'User principal name')}, ${col('User')})`,
        actorKind: `'tenant-user'`,
        operation: `'Sign-in'`,
        workload: col('Application'),
        object: col('Resource'),
        clientIp: col('IP address'),
        result: sqlResult(col('Status')),
        recordType: `'SignIn'`,
        purpose: NULL,
      };
    case 'entra-audit-csv': {
      const actorType = col('ActorType');
      return {
        time: col('Date (UTC)', 'Date'),
        actor: `coalesce(${col('ActorUserPrincipalName')}, ${col('ActorDisplayName')}, ${col('ActorServicePrincipalName')})`,
        actorKind: `CASE lower(${actorType}) WHEN 'user' THEN 'tenant-user' WHEN 'serviceprincipal' THEN 'application' WHEN 'application' THEN 'application' ELSE 'unknown' END`,
        operation: col('Activity'),
        workload: col('Service'),
        object: col('Target1DisplayName'),
        clientIp: col('IPAddress'),
        result: sqlResult(col('Result')),
        recordType: col('Category'),
        purpose: NULL,
      };
    }
    default:
      return {
        time: col('time'),
        actor: col('actor'),
        actorKind: providerKind(col('actorKind')),
        operation: col('operation'),
        workload: col('category'),
        object: col('resource'),
        clientIp: col('ip'),
        result: sqlResult(col('result')),
        recordType: `'AccessEvent'`,
        purpose: col('purpose'),
      };
  }
}

function flatCsvPlan(format: Extract<DetectedFormat, { layout: 'csv' }>): ImportPlan {
  const exprs = flatCsvExprs(format);
  // The record is its cells as a JSON object: always valid JSON.
  return {
    numberedLines: false,
    otherCells: [],
    select: (target) =>
      project({
        source: csvReader(format, target),
        json: null,
        paths: [],
        exprs,
        timeText: exprs.time,
        raw: sqlJsonObject(format.header.columns),
        extra: 'NULL::VARCHAR',
        srcLine: 'NULL::BIGINT',
        earlyProblem: 'NULL::VARCHAR',
      }),
  };
}

function jsonExprs(
  format: Exclude<DetectedFormat, { layout: 'csv' }>,
  at: (...alternatives: string[]) => string,
): Mapping {
  switch (format.id) {
    case 'entra-signin-json':
    case 'signin-jsonl': {
      const lines = format.id === 'signin-jsonl';
      const p = lines ? '$.properties.' : '$.';
      return {
        time: lines ? at(`${p}createdDateTime`, '$.time') : at(`${p}createdDateTime`),
        actor: at(`${p}userPrincipalName`, `${p}userDisplayName`),
        actorKind: `'tenant-user'`,
        operation: `'Sign-in'`,
        workload: at(`${p}appDisplayName`),
        object: at(`${p}resourceDisplayName`),
        clientIp: lines ? at(`${p}ipAddress`, '$.callerIpAddress') : at(`${p}ipAddress`),
        result: sqlSignInResult(at(`${p}status.errorCode`)),
        recordType: lines ? `coalesce(${at('$.category')}, 'SignIn')` : `'SignIn'`,
        purpose: NULL,
      };
    }
    case 'entra-audit-json':
      return {
        time: at('$.activityDateTime'),
        actor: at('$.initiatedBy.user.userPrincipalName', '$.initiatedBy.app.displayName'),
        actorKind: `CASE WHEN ${at('$.initiatedBy.user.userPrincipalName')} IS NOT NULL THEN 'tenant-user' WHEN ${at('$.initiatedBy.app.displayName')} IS NOT NULL THEN 'application' ELSE 'unknown' END`,
        operation: at('$.activityDisplayName'),
        workload: at('$.loggedByService'),
        object: at('$.targetResources[0].displayName'),
        clientIp: at('$.initiatedBy.user.ipAddress'),
        result: sqlResult(at('$.result')),
        recordType: at('$.category'),
        purpose: NULL,
      };
    case 'provider-jsonl':
      return {
        time: at('$.time'),
        actor: at('$.actor'),
        actorKind: providerKind(at('$.actorKind')),
        operation: at('$.operation'),
        workload: at('$.category'),
        object: at('$.resource'),
        clientIp: at('$.ip'),
        result: sqlResult(at('$.result')),
        recordType: `'AccessEvent'`,
        purpose: at('$.purpose'),
      };
  }
}

function jsonPlan(format: Exclude<DetectedFormat, { layout: 'csv' }>): ImportPlan {
  const { paths, at } = pathList();
  const exprs = jsonExprs(format, at);
  return {
    numberedLines: true,
    otherCells: [],
    select: (target) =>
      project({
        source: numberedReader(target),
        json: 'j',
        paths,
        exprs,
        timeText: exprs.time,
        raw: 'j',
        extra: 'NULL::VARCHAR',
        srcLine: 'src_line',
        earlyProblem:
          "CASE WHEN flag = 'truncated' THEN 'truncated' WHEN flag IS NOT NULL THEN 'invalid-json' " +
          "WHEN j IS NULL OR j = '' THEN 'empty-record' END",
      }),
  };
}

export function importPlan(format: DetectedFormat): ImportPlan {
  if (format.layout !== 'csv') return jsonPlan(format);
  switch (format.id) {
    case 'ual-current':
    case 'ual-legacy':
    case 'ual-powershell':
      return ualPlan(format);
    case 'entra-signin-csv':
    case 'entra-audit-csv':
    case 'provider-csv':
      return flatCsvPlan(format);
  }
}
