/**
 * Append-only UTF-8 storage outside the V8 heap: each entry's bytes are written once into one
 * growing Buffer and addressed by (offset, length). Keeping 200k serialised events here instead
 * of as JS strings keeps the garbage collector's heap small (shorter pauses) and lets a page be
 * assembled by copying bytes, with no string joining or re-encoding per request.
 */
export class ByteArena {
  private buffer: Buffer;
  private used = 0;
  private offsets: Float64Array;
  private lengths: Uint32Array;
  private count = 0;

  constructor(initialBytes = 1 << 20, initialEntries = 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
    this.offsets = new Float64Array(initialEntries);
    this.lengths = new Uint32Array(initialEntries);
  }

  get size(): number {
    return this.count;
  }

  push(text: string): void {
    const needed = Buffer.byteLength(text, 'utf8');
    if (this.used + needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + needed));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    if (this.count === this.offsets.length) {
      const offsets = new Float64Array(this.count * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Uint32Array(this.count * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.buffer.write(text, this.used, 'utf8');
    this.offsets[this.count] = this.used;
    this.lengths[this.count] = needed;
    this.used += needed;
    this.count += 1;
  }

  byteLength(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** A view of entry `index` (valid until the next push may move the buffer). */
  view(index: number): Buffer {
    const start = this.offsets[index] ?? 0;
    return this.buffer.subarray(start, start + (this.lengths[index] ?? 0));
  }

  text(index: number): string {
    const start = this.offsets[index] ?? 0;
    return this.buffer.toString('utf8', start, start + (this.lengths[index] ?? 0));
  }

  /** Copies entry `index` into `target` at `at`; returns the position after it. */
  copyTo(index: number, target: Buffer, at: number): number {
    const start = this.offsets[index] ?? 0;
    return at + this.buffer.copy(target, at, start, start + (this.lengths[index] ?? 0));
  }
}
