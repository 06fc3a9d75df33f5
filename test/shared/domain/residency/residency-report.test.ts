import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  checkResidency,
  type DataLocationLike,
} from '../../../../shared/domain/residency/residency-check';
import {
  escapeHtml,
  RESIDENCY_CSV_COLUMNS,
  residencyReportCsv,
  residencyReportHtml,
  type ResidencyReportInput,
} from '../../../../shared/domain/residency/residency-report';

function location(id: string, patch: Partial<DataLocationLike> = {}): DataLocationLike {
  return {
    id,
    service: 'mail',
    category: 'customer',
    geography: 'EUR',
    region: 'West Europe',
    processing: 'at-rest',
    replicas: 2,
    inCommitment: true,
    outOfCommitmentReason: null,
    datacenterCities: ['Dublin, IE'],
    ...patch,
  };
}

function input(locations: DataLocationLike[]): ResidencyReportInput {
  return {
    tenant: { id: 'tenant-1', displayName: 'Contoso <Europe>' },
    commitment: 'EU Data Boundary',
    commitmentKnown: true,
    snapshotAt: '2025-06-01T10:00:00.000Z',
    findings: checkResidency(locations, 'EU Data Boundary').findings,
  };
}

const outside = location('search-apc', {
  service: 'search',
  geography: 'APC',
  region: 'Southeast Asia',
  processing: 'processing',
  inCommitment: false,
  outOfCommitmentReason: '=HYPERLINK("http://x") <b>trained</b> in Asia',
  datacenterCities: ['Singapore, SG', 'Hong Kong, HK'],
});

describe('residencyReportCsv', () => {
  it('lists every location, flagged first, each with tenant, commitment and snapshot time', () => {
    const csv = [...residencyReportCsv(input([location('mail-eur'), outside]))].join('');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...RESIDENCY_CSV_COLUMNS]);
    expect(parsed.data.map((r) => [r.locationId, r.status])).toEqual([
      ['search-apc', 'flagged'],
      ['mail-eur', 'inside'],
    ]);
    expect(parsed.data[0]).toMatchObject({
      tenant: 'Contoso <Europe>',
      commitment: 'EU Data Boundary',
      snapshotAt: '2025-06-01T10:00:00.000Z',
      datacenterCities: 'Singapore, SG; Hong Kong, HK',
      providerInCommitment: 'false',
    });
    // The provider's text is attacker-controllable: a spreadsheet must not run it.
    expect(parsed.data[0]?.providerReason).toBe('\'=HYPERLINK("http://x") <b>trained</b> in Asia');
    expect(parsed.data[0]?.findings).toContain('geography APC');
  });
});

describe('residencyReportHtml', () => {
  it('states tenant, commitment, time and every flagged item, escaping provider text', () => {
    const html = [...residencyReportHtml(input([location('mail-eur'), outside]))].join('');
    expect(html).toContain('<dd>Contoso &lt;Europe&gt; (tenant-1)</dd>');
    expect(html).toContain('<dd>EU Data Boundary</dd>');
    expect(html).toContain('<dd>2025-06-01T10:00:00.000Z</dd>');
    expect(html).toContain('Flagged locations (1)');
    expect(html).toContain('&lt;b&gt;trained&lt;/b&gt; in Asia');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html.match(/<section class="flag">/g)).toHaveLength(1);
  });

  it('says when nothing is flagged, and when the commitment is unknown', () => {
    const html = [
      ...residencyReportHtml({ ...input([location('a')]), commitmentKnown: false }),
    ].join('');
    expect(html).toContain('Every location is inside the commitment.');
    expect(html).toContain('not known to this app');
  });
});

describe('escapeHtml', () => {
  it('leaves no markup character of any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const decoded = escaped
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"')
          .replaceAll('&#39;', "'")
          .replaceAll('&amp;', '&');
        expect(decoded).toBe(text);
      }),
    );
  });
});
