import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedProvider } from '../../../electron/main/provider-connection';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('startEmbeddedProvider', () => {
  it('moves a damaged demo journal aside and starts the demo fresh instead of failing', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pcc-embedded-'));
    dirs.push(userData);
    const dataDir = join(userData, 'provider');
    mkdirSync(dataDir);
    // A small demo, and a journal whose first record is damaged with more records after it.
    writeFileSync(
      join(dataDir, 'demo.json'),
      JSON.stringify({ seed: 7, asOf: new Date().toISOString(), eventCount: 500 }),
    );
    const damaged = 'not a record\n{"seq":2}\n';
    writeFileSync(join(dataDir, 'journal.log'), damaged);

    const started = await startEmbeddedProvider({
      userData,
      appRoot: process.cwd(),
      now: () => new Date(Date.UTC(2026, 11, 5, 12, 0, 0)),
    });
    try {
      const aside = 'provider.corrupt-2026-12-05T12-00-00-000Z';
      expect(started.notice).toContain(`it was moved to ${aside} and the demo starts fresh`);
      expect(readFileSync(join(userData, aside, 'journal.log'), 'utf8')).toBe(damaged);
      expect(readdirSync(userData).sort()).toEqual(['provider', aside]);
      const tenant = await fetch(`${started.embedded.url}/v1/tenant`, {
        headers: { Authorization: `Bearer ${started.embedded.token}` },
      });
      expect(tenant.status).toBe(200);
    } finally {
      await started.stop();
    }
  });

  it('starts with no notice on healthy data, and keeps that data on the next start', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pcc-embedded-'));
    dirs.push(userData);
    const first = await startEmbeddedProvider({ userData, appRoot: process.cwd() });
    await first.stop();
    const second = await startEmbeddedProvider({ userData, appRoot: process.cwd() });
    await second.stop();
    expect(first.notice).toBeNull();
    expect(second.notice).toBeNull();
    expect(readdirSync(userData)).toEqual(['provider']);
  });
});
