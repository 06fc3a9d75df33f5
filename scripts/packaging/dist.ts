// `npm run dist` (release) and `npm run dist:e2e` (the build the Electron suite drives):
// builds the app, then packages it with electron-builder for this platform from the
// Electron binary in node_modules, flipping the fuses in the afterPack hook.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDistDir } from '../electron-binary';
import type { BuildVariant } from './fuses';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Why packaging cannot start here, in words for the person who ran it; null when it can. */
export function distPreflight(projectRoot: string): string | null {
  if (electronBinary(projectRoot) !== null) return null;
  return [
    'npm run dist: no Electron binary in node_modules/electron.',
    'It was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (as on the CI machines), and',
    'electron-builder packages the binary npm installed. On a machine that can download',
    'Electron, run `npm ci` without that variable, then `npm run dist` again.',
  ].join('\n');
}

export function outputDirFor(variant: BuildVariant): string {
  return variant === 'e2e' ? 'release-e2e' : 'release';
}

async function main(): Promise<number> {
  const variant: BuildVariant = process.argv.includes('--e2e') ? 'e2e' : 'release';
  const problem = distPreflight(root);
  if (problem !== null) {
    console.error(problem);
    return 1;
  }
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) return built.status ?? 1;
  // Read by the afterPack hook (after-pack.ts), which electron-builder runs in this process.
  process.env.PCC_BUILD_VARIANT = variant;
  const { build } = await import('electron-builder');
  await build({
    projectDir: root,
    publish: 'never',
    config: {
      electronDist: electronDistDir(root),
      directories: { output: outputDirFor(variant) },
    },
  });
  console.log(`Packaged the ${variant} build into ${outputDirFor(variant)}/`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      // electron-builder's errors are written for people; its stack adds nothing.
      console.error(
        `npm run dist failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
