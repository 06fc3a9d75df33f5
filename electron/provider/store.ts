import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { expiryReason } from './demo';
import { Journal } from './journal';
import {
  journalRecordSchema,
  ProviderState,
  snapshotSchema,
  type JournalRecord,
  type Snapshot,
} from './state';
import type { AccessRequest, DemoData } from './types';

/** Which demo tenant this data folder holds; written once, on first start. */
const demoParamsSchema = z.object({
  seed: z.number().int(),
  asOf: z.iso.datetime(),
  eventCount: z.number().int().positive(),
  /** Absent in folders made before tenants could be named: the generator's default name. */
  tenantName: z.string().min(1).max(80).optional(),
});
export type DemoParams = z.infer<typeof demoParamsSchema>;

export type StoreOptions = {
  dataDir: string;
  /** Used only when the folder has no demo.json yet. */
  initialParams: DemoParams;
  generateDemo: (params: DemoParams) => DemoData;
  now: () => Date;
  /** Records between snapshots. */
  compactEvery?: number;
};

function loadOrCreateParams(dataDir: string, initial: DemoParams): DemoParams {
  const path = join(dataDir, 'demo.json');
  if (existsSync(path)) {
    return demoParamsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  }
  writeFileAtomic(path, `${JSON.stringify(demoParamsSchema.parse(initial), null, 2)}\n`);
  return initial;
}

/**
 * The provider's state in a data folder: the demo tenant regenerated from its persisted
 * parameters, plus the journal of every change since. `commit` makes a change durable before
 * applying it, so a handler that answers after `commit` never acknowledges a change a crash
 * could lose.
 */
export class ProviderStore {
  readonly state: ProviderState;
  readonly params: DemoParams;
  readonly exportsDir: string;
  private readonly journal: Journal<Snapshot, JournalRecord>;
  private readonly compactEvery: number;
  private readonly now: () => Date;

  private constructor(
    state: ProviderState,
    params: DemoParams,
    journal: Journal<Snapshot, JournalRecord>,
    options: StoreOptions,
  ) {
    this.state = state;
    this.params = params;
    this.journal = journal;
    this.now = options.now;
    this.compactEvery = options.compactEvery ?? 1000;
    this.exportsDir = join(options.dataDir, 'exports');
  }

  static open(options: StoreOptions): ProviderStore {
    mkdirSync(join(options.dataDir, 'exports'), { recursive: true, mode: 0o700 });
    const params = loadOrCreateParams(options.dataDir, options.initialParams);
    const state = new ProviderState(options.generateDemo(params));
    const { journal, recovered } = Journal.open<Snapshot, JournalRecord>({
      dir: options.dataDir,
      parseRecord: (v) => journalRecordSchema.parse(v),
      parseSnapshot: (v) => snapshotSchema.parse(v),
    });
    if (recovered.snapshot !== null) state.restore(recovered.snapshot);
    for (const record of recovered.records) state.apply(record);
    const store = new ProviderStore(state, params, journal, options);
    store.expireDue();
    return store;
  }

  /** Durable first (fsync), then visible. */
  commit(record: JournalRecord): void {
    this.journal.append(record);
    this.state.apply(record);
    if (this.journal.pending >= this.compactEvery) this.journal.compact(this.state.snapshot());
  }

  /** Pending requests past their expiry become `expired` now, persisted like any change. */
  expireDue(): void {
    const now = this.now().getTime();
    for (const request of this.state.requests.values()) {
      if (request.status !== 'pending' || Date.parse(request.expiresAt) > now) continue;
      const expired: AccessRequest = {
        ...request,
        status: 'expired',
        decision: { by: 'system', at: request.expiresAt, reason: expiryReason },
      };
      this.commit({ type: 'access-request.update', request: expired });
    }
  }

  close(): void {
    this.journal.compact(this.state.snapshot());
    this.journal.close();
  }
}
