import type { Hono } from 'hono';
import { z } from 'zod';
import { requireScope, type ProviderDeps, type ProviderEnv } from '../context';
import { decodeCursor, encodeCursor, queryFingerprint } from '../cursor';
import { notFound } from '../errors';
import { offsetPage } from '../paging';
import type { Schemas } from '../types';
import { cursorParam, limitParam, parseOr400 } from '../validation';
import { dataCategories } from '../../../shared/domain/provider-vocabulary';

export const PRODUCTS = [
  'operating-system',
  'office-suite',
  'browser',
  'collaboration',
  'tenant',
] as const satisfies readonly Schemas['Product'][];

export const settingIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and dashes');

const listQuery = z.object({
  product: z.enum(PRODUCTS).optional(),
  category: z.enum(dataCategories).optional(),
  cursor: cursorParam,
  limit: limitParam(200, 100),
});

const historyQuery = z.object({
  settingId: settingIdSchema.optional(),
  cursor: cursorParam,
  limit: limitParam(1000, 100),
});

/** The RFC 9110 entity tag for a setting version. */
export const etagOf = (version: string): string => `"${version}"`;

export function registerSettingsRoutes(app: Hono<ProviderEnv>, deps: ProviderDeps): void {
  const { state } = deps.store;

  app.get('/v1/settings', (c) => {
    requireScope(c, 'settings.read');
    const q = parseOr400(listQuery, c.req.query(), 'query');
    const matching = [...state.settings.values()].filter(
      (s) =>
        (q.product === undefined || s.product === q.product) &&
        (q.category === undefined || s.feeds.includes(q.category)),
    );
    const { cursor, limit, ...filters } = q;
    const page: Schemas['SettingPage'] = offsetPage(matching, 'settings', filters, cursor, limit);
    return c.json(page);
  });

  // History is append-only like the access events: newest first from an index bound held in the
  // cursor, so entries added while a client pages do not shift its pages.
  app.get('/v1/settings/history', (c) => {
    requireScope(c, 'settings.read');
    const q = parseOr400(historyQuery, c.req.query(), 'query');
    const fingerprint = queryFingerprint({ settingId: q.settingId });
    const before = decodeCursor(q.cursor, 'history', fingerprint) ?? state.history.length;
    const items: Schemas['SettingHistoryEntry'][] = [];
    let next: string | null = null;
    for (let i = Math.min(before, state.history.length) - 1; i >= 0; i -= 1) {
      const entry = state.history[i];
      if (entry === undefined || (q.settingId !== undefined && entry.settingId !== q.settingId))
        continue;
      if (items.length === q.limit) {
        next = encodeCursor('history', fingerprint, i + 1);
        break;
      }
      items.push(entry);
    }
    const page: Schemas['SettingHistoryPage'] = { items, nextCursor: next };
    return c.json(page);
  });

  app.get('/v1/settings/:id', (c) => {
    requireScope(c, 'settings.read');
    const id = parseOr400(settingIdSchema, c.req.param('id'), 'id');
    const setting = state.settings.get(id);
    if (setting === undefined) throw notFound(`Setting ${id}`);
    return c.json(setting, 200, { ETag: etagOf(setting.version) });
  });
}
