// electron-builder run for real on this config, into an unpacked Linux directory, from a
// stand-in Electron distribution (the real binary cannot be downloaded here): it proves the
// config packs what the app needs into app.asar, unpacks DuckDB, and that the afterPack hook
// runs under electron-builder and flips the fuses of the release build.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuseNames, fuseTable } from '../../../scripts/packaging/fuses';

const scratch = mkdtempSync(join(tmpdir(), 'pcc-package-'));
const out = join(scratch, 'out');
const unpacked = join(out, 'linux-unpacked');

/** The file list of an asar archive (its JSON header, after two pickle length fields). */
function asarFiles(file: string): string[] {
  const data = readFileSync(file);
  const header = JSON.parse(data.subarray(16, 16 + data.readUInt32LE(12)).toString('utf8')) as Node;
  interface Node {
    readonly files?: Record<string, Node>;
  }
  const list: string[] = [];
  const walk = (node: Node, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = `${prefix}/${name}`;
      if (child.files) walk(child, path);
      else list.push(path);
    }
  };
  walk(header, '');
  return list;
}

beforeAll(() => {
  // What npm run dist builds first; electron-builder refuses an archive without its entry.
  if (!existsSync('dist/electron/main.js')) {
    const built = spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('could not build dist/electron');
  }
  const electronDist = join(scratch, 'electron-dist');
  mkdirSync(electronDist, { recursive: true });
  const wire = Buffer.alloc(fuseNames().length, FuseState.ENABLE);
  const binary = join(electronDist, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.alloc(4096, 1),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, wire.length]),
      wire,
    ]),
  );
  chmodSync(binary, 0o755);
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in');
  const script = join('scripts', 'packaging', `.package-dir-${process.pid}.ts`);
  writeFileSync(
    script,
    [
      "import { build, Platform } from 'electron-builder';",
      'await build({',
      '  publish: "never",',
      "  targets: Platform.LINUX.createTarget('dir'),",
      `  config: { electronDist: ${JSON.stringify(electronDist)}, directories: { output: ${JSON.stringify(out)} } },`,
      '});',
    ].join('\n'),
  );
  try {
    const run = spawnSync('npx', ['tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, PCC_BUILD_VARIANT: 'release' },
    });
    if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(script, { force: true });
  }
}, 180_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('packaging with electron-builder.yml', () => {
  it('packs the built app, the API document and package.json into app.asar, without source maps', () => {
    const files = asarFiles(join(unpacked, 'resources', 'app.asar'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.js',
        '/dist/electron/preload.cjs',
        '/shared/api/openapi.yaml',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.some((file) => file.startsWith('/node_modules/zod/'))).toBe(true);
    expect(files.some((file) => file.startsWith('/node_modules/vitest/'))).toBe(false);
  });

  it('unpacks the native DuckDB bindings next to the archive', () => {
    expect(
      existsSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', '@duckdb')),
    ).toBe(true);
  });

  it('names the binary privacy-control-center and flips its fuses to the release set', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'privacy-control-center'));
    for (const name of fuseNames()) {
      const expected = fuseTable[name].release ? FuseState.ENABLE : FuseState.DISABLE;
      expect(wire[FuseV1Options[name]], name).toBe(expected);
    }
  });
});
