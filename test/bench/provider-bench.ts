// Provider API figures on loopback: access-event paging throughput over the full 200k demo and
// settings PATCH latency (each PATCH is fsync'd to the journal before it is answered).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProviderServer } from '../../electron/provider/server';
import type { Schemas, Setting } from '../../electron/provider/types';
import type { BenchResult } from './bench-result';

const EVENT_COUNT = 200_000;
const PAGE_LIMIT = 5000;
const PATCHES = 500;
const WARMUP_PATCHES = 20;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

async function pageThroughAll(url: string, token: string): Promise<{ events: number; ms: number }> {
  const started = performance.now();
  let events = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const res = await fetch(`${url}/v1/access-events?limit=${PAGE_LIMIT}${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`paging failed: ${res.status} ${await res.text()}`);
    const page = (await res.json()) as Schemas['AccessEventPage'];
    events += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { events, ms: performance.now() - started };
}

export async function runProviderBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcc-provider-bench-'));
  const startedAt = performance.now();
  const provider = await startProviderServer({
    dataDir,
    rateLimit: false,
    demo: { eventCount: EVENT_COUNT },
  });
  const startMs = performance.now() - startedAt;
  const token = provider.tokens.admin;
  try {
    const cold = await pageThroughAll(provider.url, token);
    if (cold.events < EVENT_COUNT)
      throw new Error(`paged ${cold.events} events, expected ${EVENT_COUNT}`);
    const warm = await pageThroughAll(provider.url, token);

    const list = await fetch(`${provider.url}/v1/settings?limit=200`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const setting = ((await list.json()) as Schemas['SettingPage']).items[0] as Setting;
    const [a, b] = setting.values.map((v) => v.value);
    if (a === undefined || b === undefined) throw new Error('setting needs two values');
    let version = setting.version;
    let value = setting.currentValue;
    const latencies: number[] = [];
    for (let i = 0; i < WARMUP_PATCHES + PATCHES; i += 1) {
      value = value === a ? b : a;
      const started = performance.now();
      const res = await fetch(`${provider.url}/v1/settings`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': `bench-patch-${i}`,
        },
        body: JSON.stringify({ changes: [{ id: setting.id, value, ifMatch: version }] }),
      });
      const body = (await res.json()) as Schemas['SettingsPatchResponse'];
      const elapsed = performance.now() - started;
      if (res.status !== 200)
        throw new Error(`PATCH failed: ${res.status} ${JSON.stringify(body)}`);
      version = body.results[0]?.version ?? '';
      if (i >= WARMUP_PATCHES) latencies.push(elapsed);
    }
    latencies.sort((x, y) => x - y);

    return [
      {
        name: `provider start with ${EVENT_COUNT} demo events`,
        value: round(startMs, 0),
        unit: 'ms',
      },
      {
        name: `access-event paging, ${cold.events} events, limit ${PAGE_LIMIT} (first pass)`,
        value: Math.round(cold.events / (cold.ms / 1000)),
        unit: 'events/s',
        target: '>= 50000',
      },
      {
        name: `access-event paging, ${warm.events} events, limit ${PAGE_LIMIT} (second pass)`,
        value: Math.round(warm.events / (warm.ms / 1000)),
        unit: 'events/s',
        target: '>= 50000',
      },
      {
        name: `settings PATCH p50 (${PATCHES} sequential, fsync'd)`,
        value: round(percentile(latencies, 50)),
        unit: 'ms',
      },
      {
        name: `settings PATCH p99 (${PATCHES} sequential, fsync'd)`,
        value: round(percentile(latencies, 99)),
        unit: 'ms',
        target: '< 20',
      },
    ];
  } finally {
    await provider.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
