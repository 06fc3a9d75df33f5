import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  moveStoreFileAside,
  readStoreFile,
} from '../../../../electron/services/store-files/store-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-store-file-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readStoreFile', () => {
  it('tells a missing file, a JSON file and a file that is not JSON apart', () => {
    const file = join(dir, 'a.json');
    expect(readStoreFile(file)).toEqual({ kind: 'none' });
    writeFileSync(file, '{"x":[1,2]}');
    expect(readStoreFile(file)).toEqual({ kind: 'json', value: { x: [1, 2] } });
    writeFileSync(file, '{"x":[1,');
    expect(readStoreFile(file)).toEqual({ kind: 'not-json' });
    writeFileSync(file, '');
    expect(readStoreFile(file)).toEqual({ kind: 'not-json' });
  });
});

describe('moveStoreFileAside', () => {
  it('renames the file with a time Windows accepts, keeping its bytes', () => {
    writeFileSync(join(dir, 'store.json'), 'garbage');
    const aside = moveStoreFileAside(dir, 'store', new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)));
    expect(aside).toBe('store.corrupt-2026-01-02T03-04-05-006Z.json');
    expect(aside).not.toMatch(/[:<>"|?*]/);
    expect(readdirSync(dir)).toEqual([aside]);
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('garbage');
  });
});
