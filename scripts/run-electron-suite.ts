// Runs the Playwright _electron suite where an Electron binary exists, and says so in one line
// where it does not (installs made with ELECTRON_SKIP_BINARY_DOWNLOAD).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (electronBinary(root) === null) {
  console.log(
    'Electron suite skipped: no Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD); run it where Electron is installed.',
  );
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'electron', 'main.js'))) {
  console.error('Electron suite: dist/electron/main.js is missing; run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
);
process.exit(result.status ?? 1);
