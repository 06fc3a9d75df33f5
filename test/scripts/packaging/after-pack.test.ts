import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { afterPack, electronBinaryIn } from '../../../scripts/packaging/after-pack';
import { fuseNames, fuseTable, variantFromEnv } from '../../../scripts/packaging/fuses';

// A stand-in for the Electron binary with a real fuse wire: Electron's sentinel, the wire
// version (1), its length and one byte per fuse, between random bytes. @electron/fuses finds
// and flips it exactly as in the real binary.
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const wireLength = fuseNames().length;
const dirs: string[] = [];

function fakeElectron(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-fuses-'));
  dirs.push(dir);
  const wire = Buffer.alloc(wireLength, FuseState.DISABLE);
  wire[FuseV1Options.RunAsNode] = FuseState.ENABLE; // Electron's defaults are the unsafe ones
  wire[FuseV1Options.EnableNodeCliInspectArguments] = FuseState.ENABLE;
  const noise = Buffer.alloc(8192, 7);
  writeFileSync(
    join(dir, name),
    Buffer.concat([noise, Buffer.from(sentinel), Buffer.from([1, wireLength]), wire, noise]),
  );
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const linuxApp = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: {
    appInfo: { productFilename: 'Privacy Control Center' },
    executableName: 'privacy-control-center',
  },
});

describe('afterPack', () => {
  it.each(['release', 'e2e'] as const)(
    'flips every fuse of the %s build as the table says',
    async (variant) => {
      const dir = fakeElectron('privacy-control-center');
      await afterPack(linuxApp(dir), { PCC_BUILD_VARIANT: variant });
      const wire = await getCurrentFuseWire(join(dir, 'privacy-control-center'));
      for (const name of fuseNames()) {
        const expected = fuseTable[name][variant] ? FuseState.ENABLE : FuseState.DISABLE;
        expect(wire[FuseV1Options[name]], name).toBe(expected);
      }
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(
        variant === 'e2e' ? FuseState.ENABLE : FuseState.DISABLE,
      );
    },
  );

  it('fails the build when the binary has a fuse the table does not know', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcc-fuses-'));
    dirs.push(dir);
    const longer = Buffer.alloc(wireLength + 1, FuseState.DISABLE);
    writeFileSync(
      join(dir, 'privacy-control-center'),
      Buffer.concat([Buffer.from(sentinel), Buffer.from([1, wireLength + 1]), longer]),
    );
    await expect(afterPack(linuxApp(dir), {})).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it('finds the binary where electron-builder puts it on each platform', () => {
    const base = { appInfo: { productFilename: 'Privacy Control Center' } };
    const at = (
      electronPlatformName: string,
      packager: typeof base & { executableName?: string },
    ) => electronBinaryIn({ appOutDir: '/out', electronPlatformName, packager });
    expect(at('linux', { ...base, executableName: 'privacy-control-center' })).toBe(
      join('/out', 'privacy-control-center'),
    );
    expect(at('win32', base)).toBe(join('/out', 'Privacy Control Center.exe'));
    expect(at('darwin', base)).toBe(join('/out', 'Privacy Control Center.app'));
  });

  it('builds the release variant unless told otherwise, and refuses an unknown one', () => {
    expect(variantFromEnv({})).toBe('release');
    expect(variantFromEnv({ PCC_BUILD_VARIANT: 'e2e' })).toBe('e2e');
    expect(() => variantFromEnv({ PCC_BUILD_VARIANT: 'debug' })).toThrow(/release.*e2e/);
  });
});
