import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../../scripts/electron-binary';
import { distPreflight, outputDirFor } from '../../../scripts/packaging/dist';

const scratch = mkdtempSync(join(tmpdir(), 'pcc-dist-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run dist', () => {
  it('says in words what is missing when node_modules has no Electron binary', () => {
    const message = distPreflight(scratch);
    expect(message).toMatch(/no Electron binary in node_modules\/electron/);
    expect(message).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });

  it('is ready where the binary path.txt names exists', () => {
    const electronDir = join(scratch, 'with-binary', 'node_modules', 'electron');
    mkdirSync(join(electronDir, 'dist'), { recursive: true });
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
    expect(distPreflight(join(scratch, 'with-binary'))).toBeNull();
  });

  it('keeps the end-to-end build apart from the release build', () => {
    expect(outputDirFor('release')).toBe('release');
    expect(outputDirFor('e2e')).toBe('release-e2e');
  });

  // Here the binary is never installed; where it is, this would start a real packaging run.
  it.runIf(electronBinary(process.cwd()) === null)(
    'exits 1 with that message and no stack trace on this machine',
    () => {
      const run = spawnSync('npx', ['tsx', 'scripts/packaging/dist.ts'], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('npm run dist: no Electron binary');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
