import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  detectFormat,
  detectFromBytes,
  detectFromText,
} from '../../../../electron/services/log-review/detect-format';
import { SAMPLES, SAMPLES_DIR } from '../../../fixtures/logs/samples';

const expected: Record<string, string> = {
  'ual-current.csv': 'ual-current',
  'ual-current-iso.csv': 'ual-current',
  'ual-legacy.csv': 'ual-legacy',
  'ual-powershell.csv': 'ual-powershell',
  'ual-quirks.csv': 'ual-current',
  'ual-bad-rows.csv': 'ual-current',
  'ual-bom.csv': 'ual-current',
  'ual-truncated.csv': 'ual-current',
  'ual-header-only.csv': 'ual-current',
  'ual-powershell-utf16.csv': 'ual-powershell',
  'entra-audit-bad-elements.json': 'entra-audit-json',
  'entra-audit-truncated.json': 'entra-audit-json',
  'signin-crlf-blank.jsonl': 'signin-jsonl',
  'entra-signin.csv': 'entra-signin-csv',
  'entra-audit.csv': 'entra-audit-csv',
  'entra-signin.json': 'entra-signin-json',
  'entra-audit.json': 'entra-audit-json',
  'signin.jsonl': 'signin-jsonl',
  'signin-truncated.jsonl': 'signin-jsonl',
  'provider-events.jsonl': 'provider-jsonl',
  'provider-events.csv': 'provider-csv',
};

describe('detectFormat', () => {
  it.each(Object.entries(expected))('recognises %s as %s from its content', async (name, id) => {
    const detection = await detectFormat(join(SAMPLES_DIR, name));
    expect(detection.ok && detection.format.id).toBe(id);
  });

  describe('ignores the file name', () => {
    let renamedDir: string;
    beforeAll(() => {
      renamedDir = mkdtempSync(join(tmpdir(), 'pcc-detect-'));
    });
    afterAll(() => {
      rmSync(renamedDir, { recursive: true, force: true });
    });

    it.each([
      ['ual-current.csv', 'audit-log.json', 'csv', 'ual-current'],
      ['ual-current.csv', 'audit-log.txt', 'csv', 'ual-current'],
      ['entra-audit.json', 'audit.csv', 'json-array', 'entra-audit-json'],
      ['entra-signin.json', 'sign-ins.jsonl', 'json-array', 'entra-signin-json'],
      ['signin.jsonl', 'sign-ins.csv', 'jsonl', 'signin-jsonl'],
      ['provider-events.csv', 'provider-events.jsonl', 'csv', 'provider-csv'],
    ])('%s saved as %s is still read as %s (%s)', async (sample, misleading, layout, id) => {
      const path = join(renamedDir, misleading);
      copyFileSync(join(SAMPLES_DIR, sample), path);
      const detection = await detectFormat(path);
      expect(detection.ok && detection.format).toMatchObject({ layout, id });
    });
  });

  it('says an empty file is empty', async () => {
    expect(await detectFormat(join(SAMPLES_DIR, 'empty.csv'))).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(detectFromText('\uFEFF  \r\n')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('names the header line it found in an unknown file', async () => {
    const detection = await detectFormat(join(SAMPLES_DIR, 'not-a-log.csv'));
    expect(detection).toEqual({ ok: false, reason: 'unknown', found: 'Item,Quantity,Price' });
  });

  it('shortens what it found to 300 characters', () => {
    const detection = detectFromText(`${'x'.repeat(1000)}\n`);
    expect(!detection.ok && detection.found).toHaveLength(300);
  });

  it('refuses a binary file', async () => {
    expect(await detectFormat(join(SAMPLES_DIR, 'binary.png'))).toEqual({
      ok: false,
      reason: 'binary',
      found: '',
    });
  });

  it('reads a UTF-16 PowerShell export as CSV in that encoding', async () => {
    const detection = await detectFormat(join(SAMPLES_DIR, 'ual-powershell-utf16.csv'));
    expect(detection.ok && detection.format).toMatchObject({
      layout: 'csv',
      id: 'ual-powershell',
      encoding: 'utf-16',
      skipLines: 0,
    });
  });

  it('tells UTF-16 text that is not a CSV export apart from binary', () => {
    const json = Buffer.from(
      '\uFEFF[{"activityDateTime":"x","activityDisplayName":"y"}]',
      'utf16le',
    );
    expect(detectFromBytes(json)).toMatchObject({ ok: false, reason: 'utf16' });
  });

  it('skips the #TYPE line PowerShell writes above the header', async () => {
    const detection = await detectFormat(join(SAMPLES_DIR, 'ual-powershell.csv'));
    expect(detection.ok && detection.format.layout === 'csv' && detection.format.skipLines).toBe(1);
  });

  it('trims header names and renames a duplicated column', () => {
    const detection = detectFromText(String(SAMPLES['entra-signin.csv']?.() ?? ''));
    if (!detection.ok || detection.format.layout !== 'csv') throw new Error('not detected');
    expect(detection.format.header.columns).toContain('IP address');
    expect(detection.format.header.columns.filter((c) => c.startsWith('Request ID'))).toEqual([
      'Request ID',
      'Request ID_2',
    ]);
  });
});

describe('committed samples', () => {
  it.each(Object.keys(SAMPLES))('%s matches its generator', (name) => {
    const made = SAMPLES[name]?.() ?? '';
    expect(readFileSync(join(SAMPLES_DIR, name))).toEqual(
      typeof made === 'string' ? Buffer.from(made, 'utf8') : made,
    );
  });
});
