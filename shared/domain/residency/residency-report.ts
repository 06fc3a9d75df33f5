import { formatCsvRow } from '../csv-cell';
import type { DataLocationLike, ResidencyFinding } from './residency-check';

/** What a residency report file says: whose data, held against what, read when, found what. */
export interface ResidencyReportInput {
  readonly tenant: { readonly id: string; readonly displayName: string };
  readonly commitment: string;
  readonly commitmentKnown: boolean;
  readonly snapshotAt: string;
  readonly findings: readonly ResidencyFinding[];
}

export const RESIDENCY_CSV_COLUMNS = [
  'tenant',
  'commitment',
  'snapshotAt',
  'locationId',
  'service',
  'category',
  'processing',
  'geography',
  'region',
  'datacenterCities',
  'replicas',
  'status',
  'providerInCommitment',
  'providerReason',
  'findings',
] as const;

function cities(location: DataLocationLike): string {
  return (
    location.datacenterCities ??
    location.cities?.map((c) => `${c.name}, ${c.countryCode}`) ??
    []
  ).join('; ');
}

function providerReason(finding: ResidencyFinding): string | null {
  for (const flag of finding.flags)
    if (flag.kind === 'outside-commitment') return flag.providerReason;
  return finding.location.outOfCommitmentReason;
}

/**
 * One CSV record per location (RFC 4180, every text cell neutralised against spreadsheet
 * formulas), each carrying the tenant, commitment and snapshot time so a row read on its own
 * still says what it was held against. Flagged locations come first.
 */
export function* residencyReportCsv(input: ResidencyReportInput): Generator<string> {
  yield formatCsvRow(RESIDENCY_CSV_COLUMNS);
  const ordered = [...input.findings].sort((a, b) => Number(b.flagged) - Number(a.flagged));
  for (const finding of ordered) {
    const { location } = finding;
    yield formatCsvRow([
      input.tenant.displayName,
      input.commitment,
      input.snapshotAt,
      location.id,
      location.service,
      location.category,
      location.processing,
      location.geography,
      location.region,
      cities(location),
      location.replicas,
      finding.flagged ? 'flagged' : 'inside',
      location.inCommitment,
      providerReason(finding),
      finding.flags.map((f) => f.message).join(' | '),
    ]);
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content and attribute values: provider text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
tr.flagged td:first-child::before { content: "\\26A0  "; }
.flag { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 4px solid #a40000; background: #fdecea; break-inside: avoid; }
@media print { body { margin: 0; } a { color: inherit; } }
`;

function row(cells: readonly string[], tag: 'td' | 'th' = 'td', className?: string): string {
  const cls = className === undefined ? '' : ` class="${className}"`;
  return `<tr${cls}>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>\n`;
}

function flaggedItem(finding: ResidencyFinding): string {
  const l = finding.location;
  const title = `${l.service} · ${l.category} · ${l.processing}: ${l.geography} ${l.region} (${cities(l)})`;
  const messages = finding.flags.map((f) => `<p>${escapeHtml(f.message)}</p>`).join('');
  return `<section class="flag"><h3>${escapeHtml(title)}</h3>${messages}</section>\n`;
}

/**
 * A standalone printable page (no script, no external resource) with the tenant, the
 * commitment, the snapshot time, every flagged item with its reasons, and then every location.
 * A generator like the CSV, so the writer streams it.
 */
export function* residencyReportHtml(input: ResidencyReportInput): Generator<string> {
  const flagged = input.findings.filter((f) => f.flagged);
  const title = `Data residency report: ${input.tenant.displayName}`;
  yield `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
  yield `<h1>${escapeHtml(title)}</h1>\n<dl>\n`;
  const facts: [string, string][] = [
    ['Tenant', `${input.tenant.displayName} (${input.tenant.id})`],
    [
      'Residency commitment',
      input.commitmentKnown
        ? input.commitment
        : `${input.commitment} (not known to this app: only the provider's own verdict is shown)`,
    ],
    ['Snapshot taken', input.snapshotAt],
    ['Locations', String(input.findings.length)],
    ['Flagged', String(flagged.length)],
  ];
  for (const [term, value] of facts)
    yield `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>\n`;
  yield `</dl>\n<h2>Flagged locations (${flagged.length})</h2>\n`;
  if (flagged.length === 0) yield '<p>Every location is inside the commitment.</p>\n';
  for (const finding of flagged) yield flaggedItem(finding);
  yield '<h2>Every location</h2>\n<table>\n<thead>\n';
  yield row(
    [
      'Service',
      'Data category',
      'At rest / processing',
      'Geography',
      'Region',
      'Datacenter cities',
      'Replicas',
      'Status',
    ],
    'th',
  );
  yield '</thead>\n<tbody>\n';
  for (const f of input.findings) {
    const l = f.location;
    yield row(
      [
        l.service,
        l.category,
        l.processing,
        l.geography,
        l.region,
        cities(l),
        String(l.replicas),
        f.flagged ? 'Outside the commitment (flagged)' : 'Inside',
      ],
      'td',
      f.flagged ? 'flagged' : undefined,
    );
  }
  yield '</tbody>\n</table>\n</body>\n</html>\n';
}
