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

/**
 * A JSON array text of text columns' values, in column order, or NULL when there are none;
 * the names are kept once per file and put back by sqlCellsObject. For the audit-log CSVs'
 * cells beside AuditData this was measured against sqlJsonObject on the 1M-row bench file:
 * 141 bytes a row against 250 and 0.25-0.3 s less import (4.5 s against 4.8 s for the
 * INSERT, median of 5): every stored byte costs the import three copies here.
 */
export function sqlJsonArray(columns: readonly string[]): string {
  if (columns.length === 0) return 'NULL::VARCHAR';
  return `json_array(${columns.map(sqlIdent).join(', ')})::VARCHAR`;
}

/**
 * The JSON object text `{"name": value, ...}` of a sqlJsonArray column, given the names of
 * the columns its values came from (NULL when the column is). With no names the column is
 * passed through: a case imported before the array form stored the object itself.
 */
export function sqlCellsObject(expr: string, names: readonly string[]): string {
  if (names.length === 0) return expr;
  // The array is parsed once for all the values: DuckDB evaluates the repeated call once, but
  // not inside a CASE, so NULL is carried by appending NULL, not by a CASE around the object
  // (1M rows: 0.3 s against 0.93 s).
  const values = `json_extract_string(${expr}, [${names.map((_, i) => sqlString(`$[${i}]`)).join(', ')}])`;
  const pairs = names.map((name, i) => `${sqlString(name)}, ${values}[${i + 1}]`).join(', ');
  return `(json_object(${pairs})::VARCHAR || CASE WHEN ${expr} IS NULL THEN NULL ELSE '' END)`;
}

/** Escapes a literal for an RE2 pattern: its metacharacters get a backslash, the rest is kept. */
export function re2Literal(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
}
