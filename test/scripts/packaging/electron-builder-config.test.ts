import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { homepageUrl } from '../../../shared/app-links';
import {
  buildVariants,
  fuseConfigFor,
  fuseNames,
  fuseTable,
} from '../../../scripts/packaging/fuses';
import { iconPaths, linuxIconSizes, renderIcons } from '../../../scripts/packaging/icons';

const config = z
  .object({
    appId: z.string(),
    productName: z.string(),
    asar: z.literal(true),
    asarUnpack: z.array(z.string()),
    afterPack: z.string(),
    npmRebuild: z.literal(false),
    files: z.array(z.string()),
    linux: z.object({
      target: z.array(z.string()),
      icon: z.string(),
      maintainer: z.string(),
      executableName: z.string(),
    }),
    win: z.object({ target: z.array(z.string()), icon: z.string() }),
    mac: z.object({ target: z.array(z.string()), icon: z.string() }),
  })
  .parse(parse(readFileSync('electron-builder.yml', 'utf8')));
const manifest = z
  .object({ productName: z.string(), homepage: z.string(), main: z.string() })
  .parse(JSON.parse(readFileSync('package.json', 'utf8')));

describe('electron-builder.yml', () => {
  it('names the app and packs it into an asar archive, native DuckDB files unpacked', () => {
    expect(config.appId).toBe('com.privacycontrolcenter.app');
    expect(config.productName).toBe(manifest.productName);
    expect(config.asarUnpack).toContain('**/node_modules/@duckdb/**');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(manifest.main).toMatch(/^dist\//);
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('gives the deb a maintainer with an address and a homepage (package.json)', () => {
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(manifest.homepage).toBe(homepageUrl);
    expect(new URL(manifest.homepage).protocol).toBe('https:');
  });

  it('flips the fuses in its afterPack hook, from the one fuse table', () => {
    expect(config.afterPack).toBe('./scripts/packaging/after-pack.ts');
    expect(existsSync(config.afterPack)).toBe(true);
    expect(readFileSync(config.afterPack, 'utf8')).toContain("from './fuses'");
  });

  it('points at icon files that exist', () => {
    expect(config.win.icon).toBe(iconPaths.ico);
    expect(config.mac.icon).toBe(iconPaths.icns);
    expect(config.linux.icon).toBe(iconPaths.pngDir);
    for (const size of linuxIconSizes) {
      expect(existsSync(join(iconPaths.pngDir, `${size}x${size}.png`)), `${size}px`).toBe(true);
    }
  });
});

describe('the icons', () => {
  it('are the committed renders of build/icons/icon.svg (run `npm run icons` after editing it)', () => {
    const icons = renderIcons(readFileSync(iconPaths.source, 'utf8'));
    for (const [size, png] of icons.pngs) {
      const committed = readFileSync(join(iconPaths.pngDir, `${size}x${size}.png`));
      expect(committed.equals(png), `${size}x${size}.png`).toBe(true);
      // PNG header: width and height in the IHDR chunk.
      expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(readFileSync(iconPaths.ico).equals(icons.ico)).toBe(true);
    expect(readFileSync(iconPaths.icns).equals(icons.icns)).toBe(true);
  });

  it('hold a 256 px image in the .ico and the "icns" magic in the .icns', () => {
    const ico = readFileSync(iconPaths.ico);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_x, i) => ico.readUInt8(6 + i * 16));
    expect(widths).toContain(0); // 0 means 256 in an ICO directory entry
    const icns = readFileSync(iconPaths.icns);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});

describe('the fuse table', () => {
  it('sets every fuse Electron has, so a new fuse cannot slip through unreviewed', () => {
    const wire = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(fuseTable).sort()).toEqual([...wire].sort());
    expect(fuseNames().sort()).toEqual([...wire].sort());
    for (const name of fuseNames()) expect(fuseTable[name].effect.length).toBeGreaterThan(30);
  });

  it('is the hardened set in release builds', () => {
    const release = Object.fromEntries(fuseNames().map((name) => [name, fuseTable[name].release]));
    expect(release).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
      EnableNodeCliInspectArguments: false,
    });
  });

  it('differs in the end-to-end build only by keeping the inspect arguments', () => {
    const differing = fuseNames().filter((name) => fuseTable[name].release !== fuseTable[name].e2e);
    expect(differing).toEqual(['EnableNodeCliInspectArguments']);
    expect(fuseTable.EnableNodeCliInspectArguments.e2e).toBe(true);
  });

  it('gives flipFuses an explicit value for every fuse and requires them all', () => {
    for (const variant of buildVariants) {
      const config = fuseConfigFor(variant, { resetAdHocDarwinSignature: false });
      expect(config.strictlyRequireAllFuses).toBe(true);
      for (const name of fuseNames()) {
        expect(Reflect.get(config, FuseV1Options[name]), `${variant} ${name}`).toBe(
          fuseTable[name][variant],
        );
      }
    }
  });
});

describe('the README', () => {
  it('lists every fuse with its release and e2e settings', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Build installers'));
    for (const name of fuseNames()) {
      const row = section.split('\n').find((line) => new RegExp(`^\\| ${name} +\\|`).test(line));
      expect(row, name).toBeDefined();
      const [, , release, e2e] = (row ?? '')
        .split('|')
        .map((cell) => cell.trim().replace(/\*/g, ''));
      expect([release, e2e], name).toEqual([
        fuseTable[name].release ? 'on' : 'off',
        fuseTable[name].e2e ? 'on' : 'off',
      ]);
    }
  });
});
