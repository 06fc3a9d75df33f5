// Tells which export a file is from its first bytes, never from its name.
import { open } from 'node:fs/promises';
import type { FormatId } from '../../../shared/ipc/schemas/logs';
import { parseCsvHeader, type CsvHeader } from './csv-header';

export type CsvFormatId = Extract<
  FormatId,
  | 'ual-current'
  | 'ual-legacy'
  | 'ual-powershell'
  | 'entra-signin-csv'
  | 'entra-audit-csv'
  | 'provider-csv'
>;
export type JsonArrayFormatId = Extract<FormatId, 'entra-signin-json' | 'entra-audit-json'>;
export type JsonLinesFormatId = Extract<FormatId, 'signin-jsonl' | 'provider-jsonl'>;

export type DetectedFormat =
  | {
      readonly layout: 'csv';
      readonly id: CsvFormatId;
      readonly header: CsvHeader;
      /** Lines before the header (PowerShell's `#TYPE` line). */
      readonly skipLines: number;
      /** Windows PowerShell writes UTF-16 when asked for `-Encoding Unicode`. */
      readonly encoding: 'utf-8' | 'utf-16';
    }
  | { readonly layout: 'json-array'; readonly id: JsonArrayFormatId }
  | { readonly layout: 'jsonl'; readonly id: JsonLinesFormatId };

export type UnrecognisedReason = 'empty' | 'binary' | 'utf16' | 'unknown';

export type Detection =
  | { readonly ok: true; readonly format: DetectedFormat }
  | {
      readonly ok: false;
      readonly reason: UnrecognisedReason;
      /** What the file begins with (its first line, shortened), for the user to recognise. */
      readonly found: string;
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
  const csv = (id: CsvFormatId): DetectedFormat => ({
    layout: 'csv',
    id,
    header,
    skipLines,
    encoding: 'utf-8',
  });
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

function firstLineOf(text: string): string {
  return (text.split(/\r?\n/, 1)[0] ?? '').slice(0, 300);
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
  if (text.trim() === '') return { ok: false, reason: 'empty', found: '' };
  if (text.includes('\u0000')) return { ok: false, reason: 'binary', found: '' };
  const trimmed = text.trimStart();
  let format: DetectedFormat | undefined;
  if (trimmed.startsWith('['))
    format = detectJsonObject(tryParse(firstArrayElement(trimmed)), 'json-array');
  else if (trimmed.startsWith('{'))
    format = detectJsonObject(tryParse(trimmed.split(/\r?\n/, 1)[0]), 'jsonl');
  else format = detectCsv(text.split(/\r?\n/, 3));
  if (format !== undefined) return { ok: true, format };
  return { ok: false, reason: 'unknown', found: firstLineOf(trimmed) };
}

function isUtf16Le(bytes: Buffer): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  // Without a BOM: ASCII text in UTF-16LE has a NUL after nearly every byte.
  let nuls = 0;
  const n = Math.min(bytes.length, 512) & ~1;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) nuls += 1;
  return n >= 8 && nuls >= (n / 2) * 0.9;
}

/** Detection from a file's first bytes: UTF-8 (with or without BOM) or UTF-16LE text. */
export function detectFromBytes(bytes: Buffer): Detection {
  if (bytes.length >= 2 && isUtf16Le(bytes)) {
    const text = bytes.subarray(0, bytes.length & ~1).toString('utf16le');
    const detection = detectFromText(text);
    if (detection.ok && detection.format.layout === 'csv')
      return { ok: true, format: { ...detection.format, encoding: 'utf-16' } };
    // JSON exports are never UTF-16 in practice; say what it is rather than guess.
    return detection.ok
      ? { ok: false, reason: 'utf16', found: firstLineOf(text.replace(/^\uFEFF/, '')) }
      : detection;
  }
  return detectFromText(bytes.toString('utf8'));
}

export async function detectFormat(path: string): Promise<Detection> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return detectFromBytes(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
