// Tells which export a file is from its first bytes, never from its name.
import { open } from 'node:fs/promises';
import { parseCsvHeader, type CsvHeader } from './csv-header';

export type CsvFormatId =
  | 'ual-current'
  | 'ual-legacy'
  | 'ual-powershell'
  | 'entra-signin-csv'
  | 'entra-audit-csv'
  | 'provider-csv';
export type JsonArrayFormatId = 'entra-signin-json' | 'entra-audit-json';
export type JsonLinesFormatId = 'signin-jsonl' | 'provider-jsonl';
export type FormatId = CsvFormatId | JsonArrayFormatId | JsonLinesFormatId;

export type DetectedFormat =
  | {
      readonly layout: 'csv';
      readonly id: CsvFormatId;
      readonly header: CsvHeader;
      readonly skipLines: number;
    }
  | { readonly layout: 'json-array'; readonly id: JsonArrayFormatId }
  | { readonly layout: 'jsonl'; readonly id: JsonLinesFormatId };

export type Detection =
  | { readonly ok: true; readonly format: DetectedFormat }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'binary' | 'unknown';
      readonly message: string;
    };

export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  'ual-current': 'Unified audit log CSV (current export)',
  'ual-legacy': 'Unified audit log CSV (older export)',
  'ual-powershell': 'Unified audit log CSV (Search-UnifiedAuditLog | Export-Csv)',
  'entra-signin-csv': 'Directory sign-in log CSV download',
  'entra-audit-csv': 'Directory audit log CSV download',
  'entra-signin-json': 'Directory sign-in log JSON download',
  'entra-audit-json': 'Directory audit log JSON download',
  'signin-jsonl': 'Sign-in log JSON lines (diagnostic export)',
  'provider-jsonl': 'Provider access-event export (JSONL)',
  'provider-csv': 'Provider access-event export (CSV)',
};

const SAMPLE_BYTES = 256 * 1024;
const PROVIDER_FIELDS = ['id', 'time', 'actor', 'actorKind', 'operation', 'result'];

function hasAll(names: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.every((w) => names.has(w.toLowerCase()));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v.toLowerCase() === b[i]?.toLowerCase());
}

export function detectCsv(firstLines: readonly string[]): DetectedFormat | undefined {
  // Windows PowerShell's Export-Csv writes a `#TYPE ...` line first unless -NoTypeInformation.
  const skipLines = firstLines[0]?.startsWith('#TYPE') === true ? 1 : 0;
  const headerLine = firstLines[skipLines];
  if (headerLine === undefined) return undefined;
  const header = parseCsvHeader(headerLine);
  const names = new Set(header.columns.map((c) => c.toLowerCase()));
  const cols = header.columns;
  const csv = (id: CsvFormatId): DetectedFormat => ({ layout: 'csv', id, header, skipLines });
  if (hasAll(names, ['RecordId', 'CreationDate', 'RecordType', 'Operation', 'UserId', 'AuditData']))
    return csv('ual-current');
  if (
    hasAll(names, [
      'RecordType',
      'CreationDate',
      'UserIds',
      'Operations',
      'AuditData',
      'ResultIndex',
    ])
  )
    return csv('ual-powershell');
  if (sameList(cols.slice(0, 4), ['CreationDate', 'UserIds', 'Operations', 'AuditData']))
    return csv('ual-legacy');
  if (hasAll(names, ['Date (UTC)', 'Activity', 'Service', 'Category', 'Result']))
    return csv('entra-audit-csv');
  if (hasAll(names, ['Date (UTC)', 'Request ID', 'IP address', 'Status']))
    return csv('entra-signin-csv');
  if (hasAll(names, PROVIDER_FIELDS)) return csv('provider-csv');
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeSignIn(value: Record<string, unknown>): boolean {
  return 'createdDateTime' in value && ('userPrincipalName' in value || 'appDisplayName' in value);
}

function detectJsonObject(
  value: unknown,
  layout: 'json-array' | 'jsonl',
): DetectedFormat | undefined {
  if (!isRecord(value)) return undefined;
  if (layout === 'json-array') {
    if (looksLikeSignIn(value)) return { layout, id: 'entra-signin-json' };
    if ('activityDateTime' in value && 'activityDisplayName' in value)
      return { layout, id: 'entra-audit-json' };
    return undefined;
  }
  if (isRecord(value.properties) && looksLikeSignIn(value.properties))
    return { layout, id: 'signin-jsonl' };
  if (PROVIDER_FIELDS.every((f) => f in value)) return { layout, id: 'provider-jsonl' };
  return undefined;
}

/** The text of the first JSON object inside an array, found by matching braces outside strings. */
export function firstArrayElement(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

function tryParse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Detection from the text of a file's beginning (BOM allowed). */
export function detectFromText(sample: string): Detection {
  const text = sample.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty', message: 'The file is empty.' };
  if (text.includes('\u0000'))
    return { ok: false, reason: 'binary', message: 'This is a binary file, not a log export.' };
  const lines = text.split(/\r?\n/, 3);
  const trimmed = text.trimStart();
  let format: DetectedFormat | undefined;
  if (trimmed.startsWith('['))
    format = detectJsonObject(tryParse(firstArrayElement(trimmed)), 'json-array');
  else if (trimmed.startsWith('{'))
    format = detectJsonObject(tryParse(trimmed.split(/\r?\n/, 1)[0]), 'jsonl');
  else format = detectCsv(lines);
  if (format !== undefined) return { ok: true, format };
  const firstLine = (trimmed.split(/\r?\n/, 1)[0] ?? '').slice(0, 300);
  return {
    ok: false,
    reason: 'unknown',
    message: `Not a log export this app knows. The file begins with: ${firstLine}`,
  };
}

export async function detectFormat(path: string): Promise<Detection> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return detectFromText(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}
