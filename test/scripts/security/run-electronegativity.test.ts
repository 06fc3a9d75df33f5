import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowListSchema, decideAudit } from '../../../scripts/security/audit-decision';
import {
  runElectronegativity,
  scannedFolders,
} from '../../../scripts/security/run-electronegativity';

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

  it('with the reviewed allow-list, fails on a second unsafe window in an allow-listed file', async () => {
    const allowList = allowListSchema.parse(
      JSON.parse(readFileSync('scripts/security/electronegativity-allow-list.json', 'utf8')),
    );
    const entry = allowList.entries.find((e) => e.check === 'CONTEXT_ISOLATION_JS_CHECK');
    if (entry === undefined) throw new Error('no CONTEXT_ISOLATION_JS_CHECK entry to test');
    const root = mkdtempSync(join(tmpdir(), 'pcc-gate-'));
    try {
      cpSync('package.json', join(root, 'package.json'));
      for (const folder of scannedFolders) cpSync(folder, join(root, folder), { recursive: true });
      appendFileSync(
        join(root, entry.file),
        '\nexport const unsafeWindow = () =>\n' +
          '  new BrowserWindow({ webPreferences: { contextIsolation: false } });\n',
      );
      const scan = await runElectronegativity(root);
      const decision = decideAudit(scan.findings, scan.unparsed, allowList);
      expect(decision.passed).toBe(false);
      const mismatch = decision.countMismatches.find((m) => m.entry === entry);
      expect(mismatch?.findings).toHaveLength(entry.count + 1);
      expect(decision.allowed.map((a) => a.entry)).not.toContain(entry);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
