import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  dropConnectionIfFaulted,
  requireScope,
  type ProviderContext,
  type ProviderDeps,
  type ProviderEnv,
} from '../context';
import { badRequest, notFound } from '../errors';
import { writeExportFile } from '../export-writer';
import { signManifest } from '../signing';
import type { Export, ExportManifest, Schemas } from '../types';
import { parseOr400, readJsonBody } from '../validation';

const exportRequestSchema = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    format: z.enum(['jsonl', 'csv']),
  })
  .strict();
const idSchema = z.string().min(1).max(128);

const CONTENT_TYPES = { jsonl: 'application/x-ndjson', csv: 'text/csv; charset=utf-8' } as const;

/** Signed exports: the file is streamed from the event store, the manifest signed with Ed25519. */
export function registerExportRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { store, signingKey } = deps;

  const find = (c: ProviderContext): Export => {
    const id = parseOr400(idSchema, c.req.param('id'), 'id');
    const found = store.state.exports.get(id);
    if (found === undefined) throw notFound(`Export ${id}`);
    return found;
  };

  app.get('/v1/exports/public-key', (c) => {
    const key: Schemas['PublicKey'] = {
      keyId: signingKey.keyId,
      algorithm: 'Ed25519',
      publicKeyPem: signingKey.publicKeyPem,
    };
    return c.json(key);
  });

  app.post('/v1/exports', async (c) => {
    requireScope(c, 'exports.read');
    const body = parseOr400(exportRequestSchema, await readJsonBody(c.req.raw), 'body');
    const from = Date.parse(body.from);
    const to = Date.parse(body.to);
    if (from >= to) throw badRequest([{ field: 'to', reason: 'must be after from' }]);
    const id = `exp_${randomBytes(8).toString('hex')}`;
    const fileName = `access-events_${id}.${body.format}`;
    const { sha256, eventCount } = await writeExportFile({
      dir: store.exportsDir,
      fileName,
      format: body.format,
      events: store.state.events,
      from,
      to,
    });
    const createdAt = deps.now().toISOString();
    const unsigned = {
      fileName,
      format: body.format,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      eventCount,
      sha256,
      algorithm: 'Ed25519' as const,
      keyId: signingKey.keyId,
      createdAt,
    };
    const manifest: ExportManifest = { ...unsigned, signature: signManifest(signingKey, unsigned) };
    const created: Export = {
      id,
      format: body.format,
      from: manifest.from,
      to: manifest.to,
      eventCount,
      createdAt,
      fileName,
      manifest,
    };
    store.commit({ type: 'export.created', export: created });
    dropConnectionIfFaulted(c, deps);
    return c.json(created, 201);
  });

  app.get('/v1/exports/:id/manifest', (c) => {
    requireScope(c, 'exports.read');
    return c.json(find(c).manifest);
  });

  app.get('/v1/exports/:id/file', async (c) => {
    requireScope(c, 'exports.read');
    const found = find(c);
    const path = join(store.exportsDir, found.fileName);
    const size = await stat(path).then(
      (s) => s.size,
      () => {
        throw notFound(`File of export ${found.id}`);
      },
    );
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[found.format],
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${found.fileName}"`,
    });
  });
}
