// Inbound memory for sockets that read through net.Socket's `onread` option (the TCP client's)
// instead of the stream machinery. Node's default path costs, per read, a 64 KiB allocation cut
// down to the bytes read, a Buffer, Readable.push and a 'data' emit, and a next-tick `read(0)`; with
// `onread` the bytes land in a buffer handed out here and go straight to the connection. In
// sequential loopback round trips on a 2-core VM, that took the client's user CPU per round trip
// from about 50 to 32 µs, and the round trip itself down by 5-11 µs of some 150.
//
// A read buffer is a region of a slab shared by every such socket in the process (reads up to
// SLAB_BYTES) or an allocation of its own (larger reads). A region is never reused: frame payloads
// are views on it, and a listener may keep one. The unused tail of a read goes back to the slab when
// no other region was carved after it, so one busy socket walks through a slab without gaps. The
// size of the next read adapts to the last ones, as in Netty's adaptive receive allocator: it
// doubles after a read that filled its buffer and halves after two in a row that used less than
// half of it, between MIN_READ_BYTES and MAX_READ_BYTES.

import { Buffer } from 'node:buffer';

/** Reads up to this size share slabs; a larger read buffer is its own allocation. */
export const SLAB_BYTES = 16 * 1024;
export const MIN_READ_BYTES = 1024;
export const INITIAL_READ_BYTES = 2048;
/** Node's own read size for stream sockets. */
export const MAX_READ_BYTES = 64 * 1024;

// No slab until the first client socket asks: a server-only process never reads this way. A full
// placeholder makes the first `next()` start a slab, and no region is ever carved from it.
let slabMemory = new ArrayBuffer(0);
let top = SLAB_BYTES;

/** The read buffers of one socket, and where its chunks go. */
export class ReadBuffers {
  #size = INITIAL_READ_BYTES;
  /** Reads in a row that used less than half of their buffer. */
  #short = 0;
  /** The region handed out for the next read. */
  #memory: ArrayBuffer | undefined;
  #offset = 0;
  #sink: ((chunk: Buffer) => void) | undefined;
  /** Chunks read before a sink was attached (none in practice: reading starts after 'connect'). */
  #early: Buffer[] | undefined;

  /** The size the next read buffer will have (for tests of the adaptation). */
  get nextReadBytes(): number {
    return this.#size;
  }

  /** Where chunks go from now on; chunks that came before are handed over first, in order. */
  attach(sink: (chunk: Buffer) => void): void {
    this.#sink = sink;
    const early = this.#early;
    this.#early = undefined;
    if (early) for (const chunk of early) sink(chunk);
  }

  /** net.Socket's `onread.buffer`: the buffer the next read goes into. */
  readonly next = (): Uint8Array => {
    const size = this.#size;
    if (size > SLAB_BYTES) {
      this.#memory = Buffer.allocUnsafeSlow(size).buffer as ArrayBuffer;
      this.#offset = 0;
    } else {
      if (SLAB_BYTES - top < size) {
        slabMemory = Buffer.allocUnsafeSlow(SLAB_BYTES).buffer as ArrayBuffer;
        top = 0;
      }
      this.#memory = slabMemory;
      this.#offset = top;
      top += size;
    }
    return new Uint8Array(this.#memory, this.#offset, size);
  };

  /** net.Socket's `onread.callback`: `bytes` were read into the last buffer handed out. */
  readonly callback = (bytes: number): boolean => {
    const memory = this.#memory!;
    const offset = this.#offset;
    const size = this.#size;
    // Give the unused tail back before delivery: what listeners do (open another connection) may
    // carve the next region.
    if (memory === slabMemory && offset + size === top) top = offset + bytes;
    if (bytes === size) {
      this.#short = 0;
      if (size < MAX_READ_BYTES) this.#size = size * 2;
    } else if (bytes * 2 < size && size > MIN_READ_BYTES) {
      if (++this.#short === 2) {
        this.#short = 0;
        this.#size = size / 2;
      }
    } else {
      this.#short = 0;
    }
    const chunk = Buffer.from(memory, offset, bytes);
    const sink = this.#sink;
    if (sink) sink(chunk);
    else if (this.#early) this.#early.push(chunk);
    else this.#early = [chunk];
    return true;
  };
}
