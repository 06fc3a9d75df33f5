import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary npm installed, or null where the install skipped it
 * (ELECTRON_SKIP_BINARY_DOWNLOAD). Reading path.txt directly matters: requiring `electron`
 * without its binary would try to download it.
 */
export function electronBinary(projectRoot: string): string | null {
  const electronDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

export function electronDistDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', 'electron', 'dist');
}
