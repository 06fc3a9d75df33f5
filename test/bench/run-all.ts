// `npm run bench`: every area's figures in one run. Each area module returns its own rows so
// a slow or failing area is reported without hiding the others.
import type { BenchResult } from './bench-result';
import { runProviderBench } from './provider-bench';
import { runOverviewBench } from './overview-bench';
import { runSettingsBench } from './settings-bench';
import { runAccessBench } from './access-bench';
import { runLogReviewBench } from './log-review-bench';

const areas: ReadonlyArray<readonly [string, () => Promise<BenchResult[]>]> = [
  ['provider API (loopback)', runProviderBench],
  ['overview in Chromium (harness)', runOverviewBench],
  ['settings in Chromium (harness)', runSettingsBench],
  ['access view in Chromium (harness)', runAccessBench],
  ['log review (synthetic audit log exports, 100k and 1M rows)', () => runLogReviewBench()],
];

let failed = false;
for (const [area, run] of areas) {
  console.log(`\n== ${area}`);
  try {
    const rows = await run();
    for (const row of rows) {
      const target = row.target ? `  (target ${row.target})` : '';
      console.log(`${row.name.padEnd(58)} ${String(row.value).padStart(12)} ${row.unit}${target}`);
    }
  } catch (error) {
    failed = true;
    console.error(`${area} failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
