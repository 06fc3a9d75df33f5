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
const suite = [
  'playwright',
  'test',
  '-c',
  'playwright.electron.config.ts',
  ...process.argv.slice(2),
];
// Electron opens real windows: on a Linux machine with no display (CI), give it a virtual one.
const needsVirtualDisplay =
  process.platform === 'linux' &&
  (process.env.DISPLAY ?? '') === '' &&
  (process.env.WAYLAND_DISPLAY ?? '') === '' &&
  spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
const [command, args] = needsVirtualDisplay
  ? ['xvfb-run', ['-a', 'npx', ...suite]]
  : ['npx', suite];
const result = spawnSync(command, args, {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
