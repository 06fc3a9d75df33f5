// electron-builder's afterPack hook (electron-builder.yml `afterPack`): flips the fuses of
// fuses.ts into the packaged Electron binary, then reads them back and fails the build if
// any differs. electron-builder loads this file under tsx (npm run dist runs it so).
import { join } from 'node:path';
import { flipFuses, FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { fuseConfigFor, fuseNames, fuseTable, variantFromEnv } from './fuses';

/** The parts of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    /** Set on Linux, where the binary is named after the package. */
    readonly executableName?: string;
  };
}

/** Where electron-builder put the app's Electron binary (same rule as its own fuse code). */
export function electronBinaryIn(context: PackedApp): string {
  const platform = context.electronPlatformName;
  if (platform === 'darwin' || platform === 'mas') {
    return join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`);
  }
  if (platform === 'win32') {
    return join(context.appOutDir, `${context.packager.appInfo.productFilename}.exe`);
  }
  const name = context.packager.executableName ?? context.packager.appInfo.productFilename;
  return join(context.appOutDir, name);
}

export async function afterPack(context: PackedApp, env = process.env): Promise<void> {
  const variant = variantFromEnv(env);
  const binary = electronBinaryIn(context);
  const darwin =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, fuseConfigFor(variant, { resetAdHocDarwinSignature: darwin }));
  const wire = await getCurrentFuseWire(binary);
  const wrong = fuseNames().filter((name) => {
    const expected = fuseTable[name][variant] ? FuseState.ENABLE : FuseState.DISABLE;
    return wire[FuseV1Options[name]] !== expected;
  });
  if (wrong.length > 0) {
    throw new Error(`Fuses not set as fuses.ts says in ${binary}: ${wrong.join(', ')}`);
  }
  console.log(`  • fuses flipped for the ${variant} build: ${binary}`);
}

export default afterPack;
