// Bundles the Electron main process (ESM), its log-review worker thread, and the preload (CommonJS: a sandboxed preload
// cannot be an ES module). Runtime dependencies stay external: electron-builder ships them in
// node_modules, and electron-store must stay one copy that electron itself can resolve.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const dependencies = Object.keys(manifest.dependencies ?? {});

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.js',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron', ...dependencies, ...dependencies.map((name) => `${name}/*`)],
  }),
  // The log review's file-scan worker thread, loaded from next to main.js (see file-scan.ts).
  build({
    ...common,
    entryPoints: ['electron/services/log-review/file-scan-worker.ts'],
    outfile: 'dist/electron/file-scan-worker.js',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: [...dependencies, ...dependencies.map((name) => `${name}/*`)],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    // The sandboxed preload has no Node: only `electron` (contextBridge, ipcRenderer) is
    // available to require, so everything else is bundled for a browser-like target.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
  }),
]);

try {
  await builds;
  console.log(
    'Built dist/electron/main.js, dist/electron/file-scan-worker.js and dist/electron/preload.cjs',
  );
} catch {
  // esbuild has already printed each error with its file and line.
  process.exitCode = 1;
}
