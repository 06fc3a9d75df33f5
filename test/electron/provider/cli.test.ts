import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The happy path (URL and token lines, kill -9) is exercised in persistence.test.ts.
describe('provider CLI', () => {
  it('refuses to start without --data and prints usage (exit code 2)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/provider/cli.ts', '--port', '0'],
      {
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--data');
    expect(result.stderr).toContain('usage: provider --port N --data DIR');
  });

  it('rejects an out-of-range port', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/provider/cli.ts', '--port', '70000', '--data', '/tmp/unused'],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port');
  });
});
