// Runs the Playwright _electron suite where an Electron binary exists, and says so in one line
// where it does not (installs made with ELECTRON_SKIP_BINARY_DOWNLOAD). Reading path.txt
// directly matters: requiring `electron` without its binary would try to download it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary(projectRoot: string): string | null {
  const electronDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

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
