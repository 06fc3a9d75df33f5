// Reads the header line of a CSV download. The directory portal's downloads have quirks (names
// with trailing spaces, one column name twice), so names are trimmed and duplicates get a
// suffix; DuckDB then reads the file with these names given explicitly.

/** Splits one CSV record (no line breaks inside) into cells, honouring RFC 4180 quotes. */
export function splitCsvRecord(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (inQuotes) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export type CsvHeader = {
  /** Names exactly as the file has them. */
  readonly original: readonly string[];
  /** Trimmed, unique names (a repeated name becomes `Name_2`), in file order. */
  readonly columns: readonly string[];
};

export function parseCsvHeader(line: string): CsvHeader {
  const original = splitCsvRecord(line);
  const seen = new Map<string, number>();
  const columns = original.map((name) => {
    const trimmed = name.trim() || 'column';
    const key = trimmed.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? trimmed : `${trimmed}_${count}`;
  });
  return { original, columns };
}

/** The first column whose name matches one of `candidates` (case-insensitive), if any. */
export function findColumn(
  header: CsvHeader,
  ...candidates: readonly string[]
): string | undefined {
  const wanted = candidates.map((c) => c.toLowerCase());
  for (const want of wanted) {
    const found = header.columns.find((c) => c.toLowerCase() === want);
    if (found !== undefined) return found;
  }
  return undefined;
}
