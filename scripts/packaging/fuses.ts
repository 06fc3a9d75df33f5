// The Electron fuses the packaged app is built with: one table, read by the afterPack hook
// that flips them (after-pack.ts), by its test, and (by hand) by the README's list.
// See https://www.electronjs.org/docs/latest/tutorial/fuses.
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * `release` is what users install. `e2e` is the build the Playwright Electron suite drives:
 * Playwright's `_electron.launch` attaches through `--inspect`, so that build keeps the CLI
 * inspect arguments and nothing else differs.
 */
export type BuildVariant = 'release' | 'e2e';
export const buildVariants: readonly BuildVariant[] = ['release', 'e2e'];

export type FuseName = keyof typeof FuseV1Options;

export interface FuseSetting {
  readonly release: boolean;
  readonly e2e: boolean;
  /** What the setting means for the installed app (shown in the README). */
  readonly effect: string;
}

const same = (value: boolean, effect: string): FuseSetting => ({
  release: value,
  e2e: value,
  effect,
});

export const fuseTable: Readonly<Record<FuseName, FuseSetting>> = {
  RunAsNode: same(
    false,
    'ELECTRON_RUN_AS_NODE is ignored: the app binary cannot be used as a plain Node.js runtime to run other code with the app’s permissions.',
  ),
  EnableCookieEncryption: same(
    true,
    'Cookies on disk are encrypted with a key kept by the operating system’s keychain.',
  ),
  EnableNodeOptionsEnvironmentVariable: same(
    false,
    'NODE_OPTIONS is ignored, so the environment cannot inject modules or flags into the main process.',
  ),
  EnableNodeCliInspectArguments: {
    release: false,
    e2e: true,
    effect:
      '--inspect and friends are ignored, so no debugger can attach to the main process. Kept on only in the end-to-end test build (npm run dist:e2e), which Playwright drives.',
  },
  EnableEmbeddedAsarIntegrityValidation: same(
    true,
    'On macOS and Windows the app checks app.asar against the hash written into the binary at packaging and refuses to load a modified archive.',
  ),
  OnlyLoadAppFromAsar: same(
    true,
    'The app is loaded only from app.asar, never from an app folder or a loose file placed beside it.',
  ),
  LoadBrowserProcessSpecificV8Snapshot: same(
    false,
    'Electron’s default: the main process uses the same V8 snapshot as the other processes.',
  ),
  GrantFileProtocolExtraPrivileges: same(
    false,
    'file:// pages get no extra privileges (the renderer is served from app://, not file://).',
  ),
  WasmTrapHandlers: same(
    true,
    'Electron’s default: WebAssembly bounds checks use the fast, well-tested trap handlers.',
  ),
};

/** Every fuse of the wire, by name: a fuse @electron/fuses knows but the table lacks is caught. */
export function fuseNames(): FuseName[] {
  return Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as FuseName[];
}

/**
 * The config for `flipFuses`. `strictlyRequireAllFuses` makes packaging fail when an Electron
 * upgrade adds a fuse this table does not set, so a new fuse is always a reviewed decision.
 */
export function fuseConfigFor(
  variant: BuildVariant,
  options: { readonly resetAdHocDarwinSignature: boolean },
): FuseV1Config {
  const wire = {} as Record<FuseV1Options, boolean>;
  for (const name of fuseNames()) {
    wire[FuseV1Options[name]] = fuseTable[name][variant];
  }
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: options.resetAdHocDarwinSignature,
    ...wire,
  };
}

export function variantFromEnv(env: NodeJS.ProcessEnv): BuildVariant {
  const value = env.PCC_BUILD_VARIANT ?? 'release';
  if (value === 'release' || value === 'e2e') return value;
  throw new Error(`PCC_BUILD_VARIANT must be "release" or "e2e", not "${value}".`);
}
