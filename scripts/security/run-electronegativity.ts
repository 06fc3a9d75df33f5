// Runs @doyensec/electronegativity over the app's runtime code (electron/, renderer/,
// shared/) and returns its findings as data for the gate (audit-decision.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { severities, type Finding, type ParseFailure } from './audit-decision';

/** What the scan covers: everything that runs in the app, none of the tests or tooling. */
export const scannedFolders = ['electron', 'renderer', 'shared'] as const;

/**
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list from the network on
 * every run; the Electron version is kept current by dependency updates instead.
 */
export const excludedChecks = ['AvailableSecurityFixesGlobalCheck'] as const;

const issueSchema = z.object({
  file: z.string(),
  id: z.string(),
  severity: z.object({ name: z.enum(severities) }),
  confidence: z.object({ name: z.string() }),
  location: z.object({ line: z.number() }),
  description: z.string(),
});
const resultSchema = z.object({
  issues: z.array(issueSchema),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
});

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<unknown>;

/**
 * Electronegativity also fetches translated messages from the network when it starts. The
 * gate must run offline and must not phone home, so its `got` is replaced for this process
 * by one that answers "not found" at once (the tool then uses its bundled English messages).
 */
function loadOfflineRunner(): Runner {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(join(packageDir, 'dist', 'locales', 'i18n.js')).resolve('got');
  const offline = () => Promise.resolve({ statusCode: 404, body: '' });
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { head: offline, get: offline });
  require.cache[gotPath] = stub;
  const loaded = require(join(packageDir, 'dist', 'runner.js')) as { default?: Runner } | Runner;
  return typeof loaded === 'function' ? loaded : (loaded.default as Runner);
}

function electronVersion(projectRoot: string): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = manifest.devDependencies?.electron;
  if (version === undefined) throw new Error('package.json has no electron devDependency.');
  return version;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  readonly unparsed: readonly ParseFailure[];
}

export async function runElectronegativity(projectRoot: string): Promise<ScanResult> {
  // A copy of just the scanned folders: the tool walks everything under its input,
  // node_modules included, before filtering.
  const stage = mkdtempSync(join(tmpdir(), 'pcc-electronegativity-'));
  try {
    for (const folder of scannedFolders) {
      cpSync(join(projectRoot, folder), join(stage, folder), { recursive: true });
    }
    const run = loadOfflineRunner();
    const raw = await run(
      {
        input: stage,
        isRelative: true,
        customScan: [],
        excludeFromScan: [...excludedChecks],
        electronVersionOverride: electronVersion(projectRoot),
        parserPlugins: [],
      },
      false,
    );
    const result = resultSchema.parse(raw);
    const relative = (file: string) => file.replace(/\\/g, '/').replace(/^\.?\//, '');
    return {
      findings: result.issues.map((issue) => ({
        file: relative(issue.file),
        check: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        line: issue.location.line,
        description: issue.description,
      })),
      unparsed: result.errors
        .filter((error) => !error.tolerable)
        .map((error) => ({ file: relative(error.file), message: error.message })),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
