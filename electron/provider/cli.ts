import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { startProviderServer } from './server';

/*
 * Standalone provider:
 *   `npm run provider -- --port 8080 --data ./provider-data [--seed 7] [--tenant-name N] [--faults]`.
 * Prints its URL and one token per role, and closes cleanly (state compacted) on SIGINT/SIGTERM.
 */
const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(0),
  data: z.string().min(1, 'is required (the data folder)'),
  seed: z.coerce.number().int().optional(),
  'tenant-name': z.string().trim().min(1).max(80).optional(),
  faults: z.boolean().default(false),
  'no-rate-limit': z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      'tenant-name': { type: 'string' },
      faults: { type: 'boolean' },
      'no-rate-limit': { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({ ...values, data: values.data ?? '' });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(
      'usage: provider --port N --data DIR [--seed S] [--tenant-name NAME] [--faults] [--no-rate-limit]',
    );
    process.exit(2);
  }
  const args = parsed.data;
  const provider = await startProviderServer({
    dataDir: resolve(args.data),
    port: args.port,
    faults: args.faults,
    ...(args.seed === undefined ? {} : { seed: args.seed }),
    ...(args['tenant-name'] === undefined ? {} : { demo: { tenantName: args['tenant-name'] } }),
    ...(args['no-rate-limit'] ? { rateLimit: false as const } : {}),
  });
  console.log(`Provider listening on ${provider.url}`);
  console.log(`admin token: ${provider.tokens.admin}`);
  console.log(`helpdesk token: ${provider.tokens.helpdesk}`);
  console.log(`auditor token: ${provider.tokens.auditor}`);
  console.log(`API document: ${provider.url}/v1/openapi.yaml`);
  console.log(`Device sign-in page: ${provider.url}/v1/device`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, closing`);
    provider.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('provider: close failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error('provider: failed to start', error);
  process.exit(1);
});
