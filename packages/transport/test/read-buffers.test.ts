import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INITIAL_READ_BYTES,
  MAX_READ_BYTES,
  MIN_READ_BYTES,
  ReadBuffers,
  SLAB_BYTES,
} from '../src/read-buffers.js';

/** One simulated read: `bytes` of `fill` into the buffer handed out, as libuv would. */
function read(reads: ReadBuffers, buffer: Uint8Array, bytes: number, fill: number): void {
  buffer.fill(fill, 0, bytes);
  reads.callback(bytes);
}

function collecting(): { reads: ReadBuffers; chunks: Buffer[] } {
  const reads = new ReadBuffers();
  const chunks: Buffer[] = [];
  reads.attach((chunk) => chunks.push(chunk));
  return { reads, chunks };
}

describe('ReadBuffers', () => {
  it('never hands out memory a kept chunk still uses, whatever the sockets and read sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        (steps) => {
          const sockets = [collecting(), collecting(), collecting()];
          // Each socket holds the buffer for its next read, as a net.Socket does.
          const pending = sockets.map((s) => s.reads.next());
          const expected: { chunk: Buffer; fill: number; bytes: number }[] = [];
          steps.forEach(([which, fraction], i) => {
            const socket = sockets[which]!;
            const buffer = pending[which]!;
            const bytes = Math.max(1, Math.round(fraction * buffer.length));
            const fill = (i % 250) + 1;
            read(socket.reads, buffer, bytes, fill);
            const chunk = socket.chunks.at(-1)!;
            expect(chunk.length).toBe(bytes);
            expected.push({ chunk, fill, bytes });
            pending[which] = socket.reads.next();
          });
          // A region handed out again would have been overwritten by a later fill.
          for (const { chunk, fill, bytes } of expected) {
            expect(chunk.length).toBe(bytes);
            expect(chunk.every((b) => b === fill)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the unused tail back, so one busy socket reads into contiguous memory', () => {
    const { reads, chunks } = collecting();
    for (let i = 0; i < 20; i++) read(reads, reads.next(), 100, i + 1);
    for (let i = 1; i < chunks.length; i++) {
      const [a, b] = [chunks[i - 1]!, chunks[i]!];
      if (a.buffer !== b.buffer) continue; // a new slab began
      expect(b.byteOffset).toBe(a.byteOffset + 100);
    }
    expect(chunks.map((c) => c[0])).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps a tail that another socket carved past', () => {
    const overlaps = (x: Uint8Array, y: Uint8Array): boolean =>
      x.buffer === y.buffer &&
      x.byteOffset < y.byteOffset + y.length &&
      y.byteOffset < x.byteOffset + x.length;
    const a = collecting();
    const b = collecting();
    const bufferA = a.reads.next();
    const bufferB = b.reads.next();
    read(a.reads, bufferA, 10, 1);
    const nextA = a.reads.next();
    expect(overlaps(bufferA, bufferB)).toBe(false);
    expect(overlaps(nextA, bufferA)).toBe(false);
    expect(overlaps(nextA, bufferB)).toBe(false);
    expect(a.chunks[0]!.equals(Buffer.alloc(10, 1))).toBe(true);
  });

  it('doubles the read size after a full read, up to MAX_READ_BYTES, in buffers of its own above a slab', () => {
    const { reads, chunks } = collecting();
    expect(reads.nextReadBytes).toBe(INITIAL_READ_BYTES);
    const sizes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const buffer = reads.next();
      sizes.push(buffer.length);
      read(reads, buffer, buffer.length, 9);
    }
    expect(sizes).toEqual([2048, 4096, 8192, 16384, 32768, 65536, 65536, 65536]);
    expect(reads.nextReadBytes).toBe(MAX_READ_BYTES);
    // Up to a slab, regions of the shared slab; above, an ArrayBuffer of the read's own size.
    expect(chunks.slice(0, 4).every((c) => c.buffer.byteLength === SLAB_BYTES)).toBe(true);
    expect(chunks.slice(4).map((c) => c.buffer.byteLength)).toEqual([32768, 65536, 65536, 65536]);
  });

  it('halves the read size after two short reads in a row, not one, down to MIN_READ_BYTES', () => {
    const { reads } = collecting();
    for (let i = 0; i < 3; i++) read(reads, reads.next(), reads.nextReadBytes, 1);
    expect(reads.nextReadBytes).toBe(16384);
    read(reads, reads.next(), 10, 1);
    expect(reads.nextReadBytes).toBe(16384);
    read(reads, reads.next(), 16384, 1); // a full read in between resets the count
    expect(reads.nextReadBytes).toBe(32768);
    read(reads, reads.next(), 10, 1);
    read(reads, reads.next(), 10, 1);
    expect(reads.nextReadBytes).toBe(16384);
    for (let i = 0; i < 20; i++) read(reads, reads.next(), 10, 1);
    expect(reads.nextReadBytes).toBe(MIN_READ_BYTES);
    // A read of half or more keeps the size.
    const buffer = reads.next();
    read(reads, buffer, buffer.length / 2, 1);
    read(reads, reads.next(), buffer.length / 2, 1);
    expect(reads.nextReadBytes).toBe(MIN_READ_BYTES);
  });

  it('delivers chunks read before a sink was attached, in order, then the rest', () => {
    const reads = new ReadBuffers();
    read(reads, reads.next(), 3, 1);
    read(reads, reads.next(), 4, 2);
    const seen: number[][] = [];
    reads.attach((chunk) => seen.push([...chunk]));
    read(reads, reads.next(), 2, 3);
    expect(seen).toEqual([
      [1, 1, 1],
      [2, 2, 2, 2],
      [3, 3],
    ]);
  });
});
