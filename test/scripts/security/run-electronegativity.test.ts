import { describe, expect, it } from 'vitest';
import { runElectronegativity } from '../../../scripts/security/run-electronegativity';

// The real scanner over the real code, offline: it must find the patterns it is known to
// flag here (so a broken scanner cannot pass the gate by finding nothing) and parse every file.
describe('runElectronegativity', () => {
  it('scans electron/, renderer/ and shared/ and parses every file', async () => {
    const scan = await runElectronegativity(process.cwd());
    expect(scan.unparsed).toEqual([]);
    const checks = new Set(scan.findings.map((f) => `${f.check} ${f.file}`));
    expect(checks).toContain('OPEN_EXTERNAL_JS_CHECK electron/main/open-external.ts');
    for (const f of scan.findings) expect(f.file).toMatch(/^(electron|renderer|shared)\/|^N\/A$/);
  }, 120_000);
});
