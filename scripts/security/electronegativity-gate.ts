// `npm run audit:electron` (part of `npm test`): fails on any Electronegativity finding of
// medium severity or above that scripts/security/electronegativity-allow-list.json does not
// explain, on an allow-list entry whose count of findings in its file no longer matches the
// scan (one more is a new, unreviewed finding; one fewer a stale entry), and on an unparsed
// file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowListSchema, decideAudit, describeDecision } from './audit-decision';
import { runElectronegativity, scannedFolders } from './run-electronegativity';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const allowListPath = join(root, 'scripts', 'security', 'electronegativity-allow-list.json');

const allowList = allowListSchema.parse(JSON.parse(readFileSync(allowListPath, 'utf8')));
const scan = await runElectronegativity(root);
const decision = decideAudit(scan.findings, scan.unparsed, allowList);
for (const line of describeDecision(decision)) console.log(`electronegativity: ${line}`);
const summary =
  `${scan.findings.length} findings over ${scannedFolders.join(', ')}: ` +
  `${decision.blocking.length} blocking, ${decision.allowed.length} allowed with a reason, ` +
  `${decision.belowThreshold.length} below medium`;
if (decision.passed) {
  console.log(`electronegativity: passed (${summary}).`);
} else {
  console.error(
    `electronegativity: FAILED (${summary}). Fix the code, or review the finding and give it ` +
      `an entry (the file, the check, the count of findings and a written reason) in ` +
      `scripts/security/electronegativity-allow-list.json.`,
  );
  process.exitCode = 1;
}
