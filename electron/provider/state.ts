import { z } from 'zod';
import { EventStore } from './event-store';
import type {
  AccessEvent,
  AccessRequest,
  DataLocation,
  DemoData,
  Export,
  Setting,
  SettingHistoryEntry,
  SettingsPatchResponse,
  Tenant,
  TransparencyReport,
} from './types';

/*
 * Journal records and snapshots are written by this process and CRC-checked on the way back,
 * so only their envelope is re-validated here; the resources inside were built by handlers
 * from validated input.
 */
const resource = <T>() =>
  z.custom<T>((v) => typeof v === 'object' && v !== null, { message: 'expected an object' });

export const idempotencyRecordSchema = z.object({
  scope: z.string(),
  bodyHash: z.string(),
  response: resource<SettingsPatchResponse>(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

export const journalRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('settings.patch'),
    settings: z.array(resource<Setting>()),
    history: z.array(resource<SettingHistoryEntry>()),
    events: z.array(resource<AccessEvent>()),
    idempotency: idempotencyRecordSchema,
  }),
  z.object({ type: z.literal('access-request.update'), request: resource<AccessRequest>() }),
  z.object({ type: z.literal('export.created'), export: resource<Export>() }),
]);
export type JournalRecord = z.infer<typeof journalRecordSchema>;

export const snapshotSchema = z.object({
  settings: z.array(resource<Setting>()),
  history: z.array(resource<SettingHistoryEntry>()),
  requests: z.array(resource<AccessRequest>()),
  events: z.array(resource<AccessEvent>()),
  idempotency: z.array(idempotencyRecordSchema),
  exports: z.array(resource<Export>()),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

const byProductThenId = (a: Setting, b: Setting): number =>
  a.product === b.product
    ? a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : 0
    : a.product < b.product
      ? -1
      : 1;

/**
 * Everything the API serves: the regenerated demo tenant with every journaled change applied on
 * top. `apply` is the only way state changes, both live and during recovery, so what a client
 * was told and what a restart rebuilds cannot differ.
 */
export class ProviderState {
  readonly tenant: Tenant;
  readonly dataLocations: readonly DataLocation[];
  readonly transparencyReport: TransparencyReport;
  readonly settings = new Map<string, Setting>();
  readonly history: SettingHistoryEntry[] = [];
  readonly requests = new Map<string, AccessRequest>();
  readonly events: EventStore;
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly exports = new Map<string, Export>();
  private readonly demoEventCount: number;

  constructor(demo: DemoData) {
    this.tenant = demo.tenant;
    this.dataLocations = demo.dataLocations;
    this.transparencyReport = demo.transparencyReport;
    for (const s of [...demo.settings].sort(byProductThenId)) this.settings.set(s.id, s);
    for (const r of demo.accessRequests) this.requests.set(r.id, r);
    this.events = new EventStore(demo.accessEvents);
    this.demoEventCount = this.events.size;
  }

  /**
   * A journaled setting over the catalogue entry it changed. What a setting offers (its values,
   * what each sends and feeds) comes from the catalogue, so a journal written before the
   * catalogue gained a field still reads as the API now describes it.
   */
  private putSetting(journaled: Setting): void {
    const catalogue = this.settings.get(journaled.id);
    this.settings.set(
      journaled.id,
      catalogue === undefined
        ? journaled
        : { ...journaled, values: catalogue.values, feeds: catalogue.feeds },
    );
  }

  apply(record: JournalRecord): void {
    switch (record.type) {
      case 'settings.patch':
        for (const s of record.settings) this.putSetting(s);
        this.history.push(...record.history);
        for (const e of record.events) this.events.append(e);
        this.idempotency.set(record.idempotency.scope, record.idempotency);
        return;
      case 'access-request.update':
        this.requests.set(record.request.id, record.request);
        return;
      case 'export.created':
        this.exports.set(record.export.id, record.export);
        return;
    }
  }

  restore(snapshot: Snapshot): void {
    for (const s of snapshot.settings) this.putSetting(s);
    this.history.push(...snapshot.history);
    for (const r of snapshot.requests) this.requests.set(r.id, r);
    for (const e of snapshot.events) this.events.append(e);
    for (const i of snapshot.idempotency) this.idempotency.set(i.scope, i);
    for (const x of snapshot.exports) this.exports.set(x.id, x);
  }

  snapshot(): Snapshot {
    return {
      settings: [...this.settings.values()],
      history: [...this.history],
      requests: [...this.requests.values()],
      events: this.events.from(this.demoEventCount),
      idempotency: [...this.idempotency.values()],
      exports: [...this.exports.values()],
    };
  }
}
