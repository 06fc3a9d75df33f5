// Small helpers for the SQL this module writes itself. Values from users go through bound
// parameters; only file paths (table functions and COPY take literals) and column names from a
// file's header are inlined, and both are escaped here.

/** A single-quoted SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A double-quoted SQL identifier. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A UTC instant written either the US-locale way the compliance portal writes it
 * (`9/20/2023 4:05:03 AM`, no zone, meaning UTC) or as ISO 8601 (with or without a zone; none
 * means UTC because the session's time zone is UTC).
 */
export function sqlUtcTime(expr: string): string {
  // Cheapest parse first: a plain TIMESTAMP cast reads ISO text with no zone or with Z (UTC);
  // only text with another offset needs the time-zone-aware cast.
  return (
    `CASE WHEN contains(${expr}, '/') THEN try_strptime(${expr}, '%m/%d/%Y %I:%M:%S %p') ` +
    `WHEN length(${expr}) <= 19 OR right(${expr}, 1) IN ('Z', 'z') THEN try_cast(${expr} AS TIMESTAMP) ` +
    `ELSE try_cast(${expr} AS TIMESTAMPTZ)::TIMESTAMP END`
  );
}

/** Normalises the many spellings of an outcome to success / failed / denied / unknown. */
export function sqlResult(expr: string): string {
  // Plain comparisons, not IN lists (which DuckDB plans as joins, per row far dearer).
  const when = (values: readonly string[], result: string): string =>
    values.map((v) => `WHEN '${v}' THEN '${result}'`).join(' ');
  return (
    `CASE lower(${expr}) ${when(['succeeded', 'success', 'partiallysucceeded', 'true', '0'], 'success')} ` +
    `${when(['failed', 'failure', 'false', 'error', 'interrupted'], 'failed')} ` +
    `${when(['denied', 'blocked'], 'denied')} ` +
    `ELSE CASE WHEN regexp_full_match(${expr}, '[0-9]+') THEN 'failed' ELSE 'unknown' END END`
  );
}

/** Sign-in error code 0 means success; any other code is a failure. */
export function sqlSignInResult(expr: string): string {
  return `CASE WHEN ${expr} IS NULL THEN 'unknown' WHEN ${expr} = '0' THEN 'success' ELSE 'failed' END`;
}

/** A JSON object text of text columns (names as keys), or NULL when there are none. */
export function sqlJsonObject(columns: readonly string[]): string {
  if (columns.length === 0) return 'NULL::VARCHAR';
  return `json_object(${columns.map((c) => `${sqlString(c)}, ${sqlIdent(c)}`).join(', ')})::VARCHAR`;
}

/** Escapes a literal for an RE2 pattern: its metacharacters get a backslash, the rest is kept. */
export function re2Literal(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
}
