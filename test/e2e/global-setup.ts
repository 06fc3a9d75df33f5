import { build } from 'vite';

/**
 * Builds the renderer before the suite so `npm run test:e2e` never tests a stale bundle
 * (the build takes about a second).
 */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
