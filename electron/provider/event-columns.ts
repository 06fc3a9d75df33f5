import type { ActorKindCounts } from './types';

/*
 * Column storage for the event store's filters: each filterable field becomes an Int32Array of
 * interned codes, so matching 200k events is integer comparison, not string or object access.
 */

export const zeroCounts = (): ActorKindCounts => ({
  'tenant-admin': 0,
  'tenant-user': 0,
  application: 0,
  'provider-operator': 0,
  subprocessor: 0,
  'legal-demand': 0,
});

/** Interns the values of one filterable field as small integer codes. */
export class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
  /** -1 when the value never occurs (so nothing matches). */
  lookup(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** One growable Int32Array indexed by event position. */
export class Column {
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  push(index: number, value: number): void {
    if (index === this.data.length) {
      const grown = new Int32Array(Math.max(1024, index * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
}
