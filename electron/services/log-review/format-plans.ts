// Per-format SQL that maps a file's rows to the event model. Each plan is a reader (a DuckDB
// table function with explicit columns) plus one SQL expression per event-model field.
import { findColumn } from './csv-header';
import type { DetectedFormat } from './detect-format';
import {
  sqlIdent,
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

export type ImportPlan = {
  /** FROM-able SQL; rows expose the source columns and `record_no` (1-based, file order). */
  readonly reader: string;
  /** Source column holding JSON to pull fields from (`x[i]` in the expressions), if any. */
  readonly jsonColumn: string | undefined;
  readonly paths: readonly string[];
  readonly exprs: Readonly<Record<ModelField, string>>;
  /** The original record as JSON text (for audit-log CSVs: the AuditData object). */
  readonly raw: string;
  /** The record's other columns as a JSON object text, or NULL. */
  readonly extra: string;
  /** NULL when the row maps cleanly, otherwise why it is rejected. */
  readonly problem: string;
  /** Whether the reader writes CSV parse errors to the reject tables. */
  readonly csvRejects: boolean;
};

export type RejectTables = { readonly errors: string; readonly scans: string };

const NULL = 'NULL';
const MAX_LINE = 4 * 1024 * 1024;

function userTypeKind(expr: string): string {
  // UAL UserType: 0 regular, 2 admin, 3 datacenter admin, 4 system, 5 application,
  // 6 service principal, 7/8 policy; see the "UserType" table of the audit log schema docs.
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
  return `CASE WHEN ${expr} IN (${PROVIDER_KINDS.map(sqlString).join(', ')}) THEN ${expr} ELSE 'unknown' END`;
}

function csvReader(
  path: string,
  format: Extract<DetectedFormat, { layout: 'csv' }>,
  rejects: RejectTables,
): string {
  const columns = format.header.columns.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ');
  return (
    `(SELECT *, row_number() OVER () AS record_no FROM read_csv(${sqlString(path)}, auto_detect = false, ` +
    `header = true, skip = ${format.skipLines}, delim = ',', quote = '"', escape = '"', ` +
    `columns = {${columns}}, max_line_size = ${MAX_LINE}, store_rejects = true, ` +
    `rejects_table = ${sqlString(rejects.errors)}, rejects_scan = ${sqlString(rejects.scans)}))`
  );
}

function jsonRecordsReader(
  path: string,
  layout: 'json-array' | 'jsonl',
  rejects: RejectTables,
): string {
  if (layout === 'json-array')
    return `(SELECT json::VARCHAR AS j, row_number() OVER () AS record_no FROM read_json_objects(${sqlString(path)}, format = 'array'))`;
  // One record per line: read lines as text (0x01 never appears in JSON text) so a bad line
  // is rejected on its own with its line number instead of failing the whole file.
  return (
    `(SELECT j, row_number() OVER () AS record_no FROM read_csv(${sqlString(path)}, auto_detect = false, ` +
    `header = false, delim = '\u0001', quote = '', escape = '', columns = {'j': 'VARCHAR'}, ` +
    `max_line_size = ${MAX_LINE}, store_rejects = true, rejects_table = ${sqlString(rejects.errors)}, ` +
    `rejects_scan = ${sqlString(rejects.scans)}))`
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

function timeProblem(time: string, shown: string): string {
  return `CASE WHEN ${sqlUtcTime(time)} IS NULL THEN 'unreadable date: ' || coalesce(${shown}, '(empty)') END`;
}

function ualPlan(
  path: string,
  format: Extract<DetectedFormat, { layout: 'csv' }>,
  rejects: RejectTables,
): ImportPlan {
  const { paths, at } = pathList();
  const col = (...names: string[]): string => {
    const found = findColumn(format.header, ...names);
    return found === undefined ? NULL : sqlIdent(found);
  };
  const date = `coalesce(${col('CreationDate')}, ${at('$.CreationTime')})`;
  const exprs: Record<ModelField, string> = {
    time: sqlUtcTime(date),
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
  const audit = sqlIdent(findColumn(format.header, 'AuditData') ?? 'AuditData');
  return {
    reader: csvReader(path, format, rejects),
    jsonColumn: audit,
    paths,
    exprs,
    // AuditData is the record itself; it goes in untouched (rebuilding a JSON string around a
    // kilobyte value per row made DuckDB 1.5 run out of memory), the other cells beside it.
    raw: `CASE WHEN ok THEN ${audit} ELSE to_json(${audit}) END`,
    extra: sqlJsonObject(format.header.columns.filter((c) => c.toLowerCase() !== 'auditdata')),
    problem: `CASE WHEN ${audit} IS NULL THEN 'AuditData is empty' WHEN NOT ok THEN 'AuditData is not valid JSON' ELSE ${timeProblem(date, date)} END`,
    csvRejects: true,
  };
}

function flatCsvPlan(
  path: string,
  format: Extract<DetectedFormat, { layout: 'csv' }>,
  rejects: RejectTables,
): ImportPlan {
  const col = (...names: string[]): string => {
    const found = findColumn(format.header, ...names);
    return found === undefined ? NULL : sqlIdent(found);
  };
  let exprs: Record<ModelField, string>;
  if (format.id === 'entra-signin-csv') {
    exprs = {
      time: col('Date (UTC)'),
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
  } else if (format.id === 'entra-audit-csv') {
    const actorType = col('ActorType');
    exprs = {
      time: col('Date (UTC)'),
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
  } else {
    exprs = {
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
  const rawTime = exprs.time;
  return {
    reader: csvReader(path, format, rejects),
    jsonColumn: undefined,
    paths: [],
    exprs: { ...exprs, time: sqlUtcTime(rawTime) },
    raw: sqlJsonObject(format.header.columns),
    extra: NULL,
    problem: timeProblem(rawTime, rawTime),
    csvRejects: true,
  };
}

function jsonPlan(
  path: string,
  format: Exclude<DetectedFormat, { layout: 'csv' }>,
  rejects: RejectTables,
): ImportPlan {
  const { paths, at } = pathList();
  let exprs: Record<ModelField, string>;
  let time: string;
  switch (format.id) {
    case 'entra-signin-json':
    case 'signin-jsonl': {
      const p = format.id === 'signin-jsonl' ? '$.properties.' : '$.';
      time =
        format.id === 'signin-jsonl'
          ? at(`${p}createdDateTime`, '$.time')
          : at(`${p}createdDateTime`);
      exprs = {
        time,
        actor: at(`${p}userPrincipalName`, `${p}userDisplayName`),
        actorKind: `'tenant-user'`,
        operation: `'Sign-in'`,
        workload: at(`${p}appDisplayName`),
        object: at(`${p}resourceDisplayName`),
        clientIp:
          format.id === 'signin-jsonl'
            ? at(`${p}ipAddress`, '$.callerIpAddress')
            : at(`${p}ipAddress`),
        result: sqlSignInResult(at(`${p}status.errorCode`)),
        recordType:
          format.id === 'signin-jsonl' ? `coalesce(${at('$.category')}, 'SignIn')` : `'SignIn'`,
        purpose: NULL,
      };
      break;
    }
    case 'entra-audit-json':
      time = at('$.activityDateTime');
      exprs = {
        time,
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
      break;
    case 'provider-jsonl':
      time = at('$.time');
      exprs = {
        time,
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
      break;
  }
  return {
    reader: jsonRecordsReader(path, format.layout, rejects),
    jsonColumn: 'j',
    paths,
    exprs: { ...exprs, time: sqlUtcTime(time) },
    raw: `CASE WHEN ok THEN j ELSE to_json(j) END`,
    extra: NULL,
    problem: `CASE WHEN j IS NULL THEN 'empty line' WHEN NOT ok THEN 'not valid JSON' WHEN json_type(j) <> 'OBJECT' THEN 'not a JSON object' ELSE ${timeProblem(time, time)} END`,
    csvRejects: format.layout === 'jsonl',
  };
}

export function importPlan(
  path: string,
  format: DetectedFormat,
  rejects: RejectTables,
): ImportPlan {
  if (format.layout !== 'csv') return jsonPlan(path, format, rejects);
  switch (format.id) {
    case 'ual-current':
    case 'ual-legacy':
    case 'ual-powershell':
      return ualPlan(path, format, rejects);
    case 'entra-signin-csv':
    case 'entra-audit-csv':
    case 'provider-csv':
      return flatCsvPlan(path, format, rejects);
  }
}
