import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('./pcc-bridge.ts', import.meta.url));

/** Bundles pcc-bridge.ts for the browser, once per harness start (a few tens of ms). */
export async function bundleBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bridge script.');
  return output.text;
}
