// `npm run icons`: rewrites the committed icon files from build/icons/icon.svg.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconPaths, renderIcons } from './icons';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const icons = renderIcons(readFileSync(join(root, iconPaths.source), 'utf8'));
mkdirSync(join(root, iconPaths.pngDir), { recursive: true });
for (const [size, png] of icons.pngs) {
  writeFileSync(join(root, iconPaths.pngDir, `${size}x${size}.png`), png);
}
writeFileSync(join(root, iconPaths.ico), icons.ico);
writeFileSync(join(root, iconPaths.icns), icons.icns);
console.log(`Wrote ${icons.pngs.size} PNGs, icon.ico and icon.icns under build/icons/`);
