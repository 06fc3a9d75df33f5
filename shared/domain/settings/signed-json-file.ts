import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { AttestationMismatch } from './plan-attestation';

/**
 * Files the app writes for people to carry around (change plans, settings profiles) hold a sha-256
 * of their canonical content, so an accidental edit made outside the app is caught before
 * anything is sent. It is not a signature: whoever edits on purpose can recompute it. Change
 * plans add the provider's signature over this digest (plan-attestation.ts).
 * Hashing is injected because shared/ has no crypto of its own: WebCrypto in the renderer,
 * node:crypto in main.
 */
export type Sha256Hex = (text: string) => Promise<string>;

export interface FieldIssue {
  /** Where in the file, e.g. `changes[2].reason`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type FileProblem =
  | {
      readonly kind: 'malformed-json';
      readonly message: string;
      readonly offset: number;
      readonly line: number;
      readonly column: number;
    }
  | { readonly kind: 'schema'; readonly message: string; readonly issues: readonly FieldIssue[] }
  | {
      readonly kind: 'foreign-tenant';
      readonly message: string;
      readonly fileTenantId: string;
      readonly currentTenantId: string;
    }
  | { readonly kind: 'tampered'; readonly message: string; readonly evidence: TamperEvidence };

/** Why a file is taken for tampered: its own digest, or the provider's signature on a plan. */
export type TamperEvidence =
  | { readonly what: 'integrity'; readonly expected: string; readonly actual: string }
  | AttestationMismatch;

export type FileParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FileProblem };

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeysDeep(record[key])]),
    );
  }
  return value;
}

/** JSON with object keys sorted at every depth and no whitespace: one text per content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

/** Hex of a digest buffer, e.g. the result of WebCrypto's `crypto.subtle.digest('SHA-256', ...)`. */
export function hexOfDigest(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Top-level fields a file's integrity does not cover: itself, and what signs it. */
export const DEFAULT_UNHASHED: readonly string[] = ['integrity'];

/**
 * The integrity value of a file's content: sha-256 of the canonical JSON without `integrity`
 * (and without any other `unhashed` field, such as a plan's attestation, which signs the digest
 * and so cannot be part of it).
 */
export async function computeIntegrity(
  content: Readonly<Record<string, unknown>>,
  sha256Hex: Sha256Hex,
  unhashed: readonly string[] = DEFAULT_UNHASHED,
): Promise<string> {
  const rest = Object.fromEntries(
    Object.entries(content).filter(([key]) => !unhashed.includes(key)),
  );
  return (await sha256Hex(canonicalJson(rest))).toLowerCase();
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * JSON.parse, with the position of the first error when it fails. V8 names a position for some
 * errors only ("Unexpected token" has none), so a strict jsonc-parser pass locates the others.
 */
export function parseJsonText(text: string): FileParseResult<unknown> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const native = error instanceof Error ? error.message : '';
    const errors: ParseError[] = [];
    parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const nativeOffset = /at position (\d+)/.exec(native)?.[1];
    const offset =
      nativeOffset !== undefined ? Number(nativeOffset) : first ? first.offset : body.length;
    const reason = first
      ? printParseErrorCode(first.error)
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()
      : native.replace(/ in JSON at position.*$/, '') || 'invalid JSON';
    const { line, column } = lineAndColumn(body, offset);
    return {
      ok: false,
      problem: {
        kind: 'malformed-json',
        message: `The file is not valid JSON: ${reason} at line ${line}, column ${column}.`,
        offset,
        line,
        column,
      },
    };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function schemaProblem(error: z.ZodError, what: string): FileProblem {
  const issues = error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const listed = issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { kind: 'schema', message: `This is not a valid ${what}: ${listed}${more}.`, issues };
}

/**
 * Text -> validated file content, in the order that gives the most useful message: syntax, then
 * shape, then integrity (a file whose integrity fails may say anything, so nothing in it is
 * trusted or reported beyond the mismatch).
 */
export async function parseSignedJsonFile<T extends { readonly integrity: string }>(
  text: string,
  schema: z.ZodType<T>,
  what: string,
  sha256Hex: Sha256Hex,
  unhashed: readonly string[] = DEFAULT_UNHASHED,
): Promise<FileParseResult<T>> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) return { ok: false, problem: schemaProblem(parsed.error, what) };
  const actual = await computeIntegrity(json.value as Record<string, unknown>, sha256Hex, unhashed);
  if (actual !== parsed.data.integrity) {
    return {
      ok: false,
      problem: {
        kind: 'tampered',
        message: `This ${what} was changed after it was written (its integrity check does not match), so it cannot be trusted.`,
        evidence: { what: 'integrity', expected: parsed.data.integrity, actual },
      },
    };
  }
  return { ok: true, value: parsed.data };
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
