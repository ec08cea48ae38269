// Outbound batching for TCP: frame headers, and payloads too small to be worth an iovec of their
// own, are appended to a shared bump-allocated slab; each connection writes its contiguous run of
// the slab as one buffer. Larger payloads are never copied: they go to the socket by reference right
// after their header. A slab region is never reused (a new slab replaces a full one), so bytes the
// socket still holds are never overwritten.

import { Buffer } from 'node:buffer';

/** Payloads up to this size are copied next to their header; larger ones are written by reference. */
export const COPY_THRESHOLD_BYTES = 512;
const SLAB_BYTES = 64 * 1024;

let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
/** The slab's ArrayBuffer, read once per slab (`.buffer` is a C++ call on Node 20); offset 0. */
let slabMemory = slab.buffer as ArrayBuffer;
let used = 0;

/** One connection's pending run of slab bytes, not yet handed to its socket. */
export class WriteBatch {
  /** The ArrayBuffer of the slab this batch's run is in (which slab, and where take() makes its view). */
  #memory: ArrayBuffer = slabMemory;
  #start = 0;
  #end = -1;

  /** Bytes appended and not yet taken by `take()`. */
  get pendingBytes(): number {
    return this.#end < 0 ? 0 : this.#end - this.#start;
  }

  /**
   * Appends a header for a payload of `payload.length` bytes and, when `copy`, the payload
   * itself. Returns a run to write first when this batch could not continue in place (another
   * connection appended in between, or the slab is full), else undefined.
   */
  append(kind: number, payload: Uint8Array, copy: boolean): Buffer | undefined {
    const payloadBytes = payload.length;
    const size = copy ? 5 + payloadBytes : 5;
    let flushed: Buffer | undefined;
    let at = this.#end;
    if (at !== used || this.#memory !== slabMemory || used + size > SLAB_BYTES) {
      flushed = this.take();
      if (used + size > SLAB_BYTES) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabMemory = slab.buffer as ArrayBuffer;
        used = 0;
      }
      this.#memory = slabMemory;
      this.#start = used;
      at = used;
    }
    // The run continues in the current slab (checked above).
    const out = slab;
    const length = payloadBytes + 1;
    out[at] = length >>> 24;
    out[at + 1] = length >>> 16;
    out[at + 2] = length >>> 8;
    out[at + 3] = length;
    out[at + 4] = kind;
    if (copy) out.set(payload, at + 5);
    at += size;
    this.#end = at;
    used = at;
    return flushed;
  }

  /** The pending run, for the socket; empties the batch. */
  take(): Buffer | undefined {
    if (this.#end <= this.#start) {
      this.#end = -1;
      return undefined;
    }
    const run = Buffer.from(this.#memory, this.#start, this.#end - this.#start);
    this.#start = this.#end;
    this.#end = -1;
    return run;
  }
}
