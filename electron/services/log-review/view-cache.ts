// Per-view results worth keeping between requests, in DuckDB's in-memory `scratch` database:
// the event ids matching a search (one scan of the raw records per search, shared by the
// page, the facets and the histogram) and, for deep scrolling, the sorted order of a view
// (one sort per view; each page after that is a range lookup). Nothing here reaches the JS
// heap beyond table names and counts.
import type { DuckDBConnection } from '@duckdb/node-api';

export type ScratchCache = {
  /** The table for `key`, building it with `build(table)` the first time (shared while building). */
  readonly table: (key: string, build: (table: string) => Promise<void>) => Promise<string>;
  /** Drops every table, or those whose key passes `which`. */
  readonly clear: (which?: (key: string) => boolean) => Promise<void>;
};

/** A small LRU of scratch tables; evicted tables are dropped. */
export function createScratchCache(
  prefix: string,
  capacity: number,
  drop: (table: string) => Promise<void>,
): ScratchCache {
  const entries = new Map<string, Promise<string>>();
  let serial = 0;
  let generation = 0;

  const evict = async (): Promise<void> => {
    while (entries.size > capacity) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      const pending = entries.get(oldest);
      entries.delete(oldest);
      const table = await pending?.catch(() => null);
      if (table !== null && table !== undefined) await drop(table);
    }
  };

  return {
    table: (key, build) => {
      const found = entries.get(key);
      if (found !== undefined) {
        // Refresh its place in the LRU.
        entries.delete(key);
        entries.set(key, found);
        return found;
      }
      serial += 1;
      const name = `scratch.${prefix}_${serial}`;
      const started = generation;
      const pending = build(name).then(
        () => name,
        (error: unknown) => {
          entries.delete(key);
          throw error;
        },
      );
      entries.set(key, pending);
      void pending
        .then(() => (started === generation ? evict() : drop(name)))
        .catch(() => undefined);
      return pending;
    },
    clear: async (which) => {
      if (which === undefined) generation += 1;
      const tables: Promise<string>[] = [];
      for (const [key, pending] of [...entries]) {
        if (which !== undefined && !which(key)) continue;
        entries.delete(key);
        tables.push(pending);
      }
      for (const pending of tables) {
        const table = await pending.catch(() => null);
        if (table !== null) await drop(table);
      }
    },
  };
}

export function dropper(withConnection: <T>(w: (c: DuckDBConnection) => Promise<T>) => Promise<T>) {
  return (table: string): Promise<void> =>
    withConnection(async (c) => {
      await c.run(`DROP TABLE IF EXISTS ${table}`);
    });
}
