// The case summary an auditor hands on: what was imported (with hashes and the integrity
// check), the view's filters and how many events it holds, and every flagged or annotated
// event with its notes. JSON for tools, Markdown for people.
import type { CaseInfo, EventFilters, EventRow } from '../../../shared/ipc/schemas/logs';
import { formatCsvCell } from '../../../shared/domain/csv-cell';

export type CaseSummaryDocument = {
  readonly summaryVersion: 1;
  readonly case: { readonly id: string; readonly name: string; readonly createdAt: string };
  readonly exportedAt: string;
  readonly files: CaseInfo['files'];
  readonly view: { readonly filters: EventFilters; readonly matchingEvents: number };
  readonly annotatedEvents: readonly (EventRow & { readonly fileName: string })[];
};

export function buildSummary(
  info: CaseInfo,
  filters: EventFilters,
  matchingEvents: number,
  annotated: readonly EventRow[],
  now: Date,
): CaseSummaryDocument {
  const names = new Map(info.files.map((f) => [f.fileId, f.name]));
  return {
    summaryVersion: 1,
    case: { id: info.id, name: info.name, createdAt: info.createdAt },
    exportedAt: now.toISOString(),
    files: info.files,
    view: { filters, matchingEvents },
    annotatedEvents: annotated.map((row) => ({ ...row, fileName: names.get(row.fileId) ?? '' })),
  };
}

/** A Markdown cell: pipes and line breaks escaped, formula triggers neutralised like CSV. */
function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = formatCsvCell(typeof value === 'string' ? value : String(value));
  const unquoted = text.startsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text;
  return unquoted.replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}

function table(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function summaryMarkdown(summary: CaseSummaryDocument): string {
  const filters = Object.entries(summary.view.filters);
  return [
    `# Case summary: ${cell(summary.case.name)}`,
    '',
    `Case created ${summary.case.createdAt}; summary exported ${summary.exportedAt} (times in UTC).`,
    '',
    '## Imported files',
    '',
    table(
      [
        'File',
        'Format',
        'SHA-256',
        'Bytes',
        'Imported at',
        'Read',
        'Imported',
        'Rejected',
        'Integrity',
      ],
      summary.files.map((f) => [
        f.name,
        f.format,
        f.sha256,
        f.size,
        f.importedAt,
        f.rowsRead,
        f.rowsImported,
        f.rowsRejected,
        f.integrity === null
          ? 'not a signed export'
          : `${f.integrity.status} (${f.integrity.reason})`,
      ]),
    ),
    '',
    '## View',
    '',
    filters.length === 0
      ? 'No filters: every event of the case.'
      : filters.map(([k, v]) => `- ${k}: ${cell(JSON.stringify(v))}`).join('\n'),
    '',
    `Events in this view: ${summary.view.matchingEvents}.`,
    '',
    '## Flagged and annotated events',
    '',
    summary.annotatedEvents.length === 0
      ? 'None.'
      : table(
          [
            'Flag',
            'Time (UTC)',
            'Actor',
            'Operation',
            'Object',
            'Client IP',
            'Result',
            'Tags',
            'Note',
            'File',
            'Record',
          ],
          summary.annotatedEvents.map((e) => [
            e.flagged ? 'flagged' : '',
            e.time,
            e.actor,
            e.operation,
            e.object,
            e.clientIp,
            e.result,
            e.tags.join(', '),
            e.note,
            e.fileName,
            e.recordNo,
          ]),
        ),
    '',
  ].join('\n');
}
