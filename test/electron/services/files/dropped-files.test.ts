import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offerDroppedFiles } from '../../../../electron/services/files/dropped-files';
import { createFileGrants } from '../../../../electron/services/files/file-grants';
import { openedFileKind } from '../../../../electron/services/files/opened-file-kind';

const dir = mkdtempSync(join(tmpdir(), 'pcc-drops-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const planText = JSON.stringify({ format: 'pcc-change-plan', version: 1, planId: 'p' }, null, 2);

describe('openedFileKind', () => {
  it('tells a change plan from a log by its content, not its name', async () => {
    expect(await openedFileKind(file('plan.json', planText))).toBe('plan');
    expect(await openedFileKind(file('plan-bom.json', `\uFEFF${planText}`))).toBe('plan');
    expect(await openedFileKind(file('looks-like-plan.json', '[{"format":"x"}]'))).toBe('log');
    expect(
      await openedFileKind(file('plan.csv', 'CreationDate,UserIds,Operations,AuditData\n')),
    ).toBe('log');
    expect(await openedFileKind(file('renamed.txt', planText))).toBe('plan');
  });
});

describe('offerDroppedFiles', () => {
  const grants = createFileGrants({ recent: { find: () => null } });

  it('offers each readable file with an id, its name and kind', async () => {
    const plan = file('a.json', planText);
    const log = file('b.csv', 'RecordId,CreationDate\n');
    const offered = await offerDroppedFiles([plan, log], grants);
    expect(offered?.map((f) => [f.name, f.kind])).toEqual([
      ['a.json', 'plan'],
      ['b.csv', 'log'],
    ]);
    expect(offered?.map((f) => grants.resolve(f.fileId, f.kind))).toEqual([plan, log]);
  });

  it('leaves out a folder dropped with the files, and says null when nothing is left', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const log = file('c.csv', 'x\n');
    expect((await offerDroppedFiles([folder, log], grants))?.map((f) => f.name)).toEqual(['c.csv']);
    expect(await offerDroppedFiles([folder], grants)).toBeNull();
    expect(await offerDroppedFiles([join(dir, 'gone.csv')], grants)).toBeNull();
  });

  it('refuses what the preload would never send', async () => {
    expect(await offerDroppedFiles('not a list', grants)).toBeNull();
    expect(await offerDroppedFiles([], grants)).toBeNull();
    expect(await offerDroppedFiles(['relative/path.csv'], grants)).toBeNull();
    expect(await offerDroppedFiles([42], grants)).toBeNull();
  });
});
