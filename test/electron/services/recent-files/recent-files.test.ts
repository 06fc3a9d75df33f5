import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFilesHandlers } from '../../../../electron/services/recent-files/recent-files-handlers';
import {
  maxRecentPerKind,
  openRecentFilesStore,
} from '../../../../electron/services/recent-files/recent-files-store';
import { recentFilesSchema } from '../../../../shared/ipc/schemas/recent-files';

let dir: string;
let clock = 0;
const now = () => new Date(Date.UTC(2025, 5, 1, 10, 0, clock++));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcc-recent-'));
  clock = 0;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('recent files store', () => {
  it('keeps the newest first, once per file, and tells main so it can add an OS entry', () => {
    const added: string[] = [];
    const store = openRecentFilesStore({
      directory: dir,
      now,
      onAdded: (path) => added.push(path),
    });
    store.add('log', '/data/a.csv');
    store.add('plan', '/data/plan.json');
    store.add('log', '/data/a.csv');
    expect(store.list().map((entry) => [entry.kind, entry.path])).toEqual([
      ['log', '/data/a.csv'],
      ['plan', '/data/plan.json'],
    ]);
    expect(added).toEqual(['/data/a.csv', '/data/plan.json', '/data/a.csv']);
    const reopened = openRecentFilesStore({ directory: dir });
    expect(reopened.list()).toEqual(store.list());
    expect(reopened.find(store.list()[0]?.id ?? '')?.path).toBe('/data/a.csv');
  });

  it(`keeps at most ${maxRecentPerKind} files of each kind`, () => {
    const store = openRecentFilesStore({ directory: dir, now });
    for (let i = 0; i < 15; i += 1) store.add('log', `/logs/${i}.csv`);
    store.add('plan', '/plans/p.json');
    const logs = store.list().filter((entry) => entry.kind === 'log');
    expect(logs).toHaveLength(maxRecentPerKind);
    expect(logs[0]?.path).toBe('/logs/14.csv');
    expect(store.list().filter((entry) => entry.kind === 'plan')).toHaveLength(1);
  });

  it.each([
    ['does not validate', JSON.stringify({ schemaVersion: 1, entries: [{ path: 1 }] })],
    ['is not JSON (cut off mid-write)', '{"schemaVersion":1,"entries":[{"id":"'],
  ])('starts empty, the old file moved aside, when the file %s', (_case, text) => {
    writeFileSync(join(dir, 'recent-files.json'), text);
    const store = openRecentFilesStore({ directory: dir, now });
    expect(store.list()).toEqual([]);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ schemaVersion: 1, entries: [] });
    const aside = 'recent-files.corrupt-2025-06-01T10-00-00-000Z.json';
    expect(store.notice).toBe(
      `The recent files list could not be read and was moved to ${aside}; it starts empty.`,
    );
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(text);
    store.add('log', '/a.csv');
    expect(openRecentFilesStore({ directory: dir }).notice).toBeNull();
  });

  it('removes one entry or clears them all (and tells main to clear the OS list)', () => {
    let cleared = 0;
    const store = openRecentFilesStore({ directory: dir, now, onCleared: () => (cleared += 1) });
    const first = store.add('log', '/a.csv');
    store.add('log', '/b.csv');
    store.remove(first.id);
    expect(store.list().map((entry) => entry.path)).toEqual(['/b.csv']);
    store.clear();
    expect(store.list()).toEqual([]);
    expect(cleared).toBe(1);
  });
});

describe('recent:list and recent:clear', () => {
  it('show the name, folder and whether the file is still there, never asking for a path', async () => {
    const present = join(dir, 'present.csv');
    writeFileSync(present, 'x');
    const store = openRecentFilesStore({ directory: dir, now });
    store.add('log', join(dir, 'gone.csv'));
    store.add('log', present);
    const handlers = createRecentFilesHandlers(store);
    const listed = await handlers['recent:list'](undefined);
    expect(recentFilesSchema.parse(listed)).toEqual(listed);
    expect(
      listed.entries.map(({ name, folder, available }) => ({ name, folder, available })),
    ).toEqual([
      { name: 'present.csv', folder: dir, available: true },
      { name: 'gone.csv', folder: dir, available: false },
    ]);
    expect(listed.entries[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    await expect(handlers['recent:clear'](undefined)).resolves.toEqual({ entries: [] });
    expect(store.list()).toEqual([]);
  });
});
