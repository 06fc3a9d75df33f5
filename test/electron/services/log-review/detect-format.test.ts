import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
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

  it('ignores the file name: a current-shape export saved as .json is still CSV', () => {
    const detection = detectFromText(readFileSync(join(SAMPLES_DIR, 'ual-current.csv'), 'utf8'));
    expect(detection.ok && detection.format.layout).toBe('csv');
  });

  it('says an empty file is empty', async () => {
    expect(await detectFormat(join(SAMPLES_DIR, 'empty.csv'))).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('names the header line it found in an unknown file', async () => {
    const detection = await detectFormat(join(SAMPLES_DIR, 'not-a-log.csv'));
    expect(detection).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!detection.ok && detection.message).toContain('Item,Quantity,Price');
  });

  it('refuses a binary file', () => {
    expect(detectFromText('\u0089PNG\r\n\u001a\n\u0000\u0000')).toMatchObject({
      ok: false,
      reason: 'binary',
    });
  });

  it('trims header names and renames a duplicated column', () => {
    const detection = detectFromText(SAMPLES['entra-signin.csv']?.() ?? '');
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
    expect(readFileSync(join(SAMPLES_DIR, name), 'utf8')).toBe(SAMPLES[name]?.());
  });
});
