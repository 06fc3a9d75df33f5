// The app icon in every form electron-builder wants, rendered from build/icons/icon.svg:
// PNGs for Linux (build/icons/png/NxN.png), icon.ico for Windows, icon.icns for macOS.
// `npm run icons` writes them; the packaging test checks the committed files match.
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export const iconPaths = {
  source: 'build/icons/icon.svg',
  pngDir: 'build/icons/png',
  ico: 'build/icons/icon.ico',
  icns: 'build/icons/icon.icns',
} as const;

export function renderPng(svg: string, size: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  return Buffer.from(image.asPng());
}

export interface RenderedIcons {
  readonly pngs: ReadonlyMap<number, Buffer>;
  readonly ico: Buffer;
  readonly icns: Buffer;
}

export function renderIcons(svg: string): RenderedIcons {
  const pngs = new Map(linuxIconSizes.map((size) => [size, renderPng(svg, size)] as const));
  const largest = pngs.get(1024);
  if (!largest) throw new Error('no 1024 px icon');
  // Bicubic downscaling from the 1024 px render; lossless (0 = all colours).
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (ico === null || icns === null) throw new Error('png2icons could not build the .ico/.icns');
  return { pngs, ico, icns };
}
