// Outbound batching on TCP: frames sent by listeners while inbound frames are delivered are written
// once after the chunk (no cork); frames sent from elsewhere wait for the next tick (the socket
// corked only when they span several buffers), except the first one after a chunk of one frame
// (lockstep), written at once. Every path must keep each
// connection's frame order and hand a burst to the socket in one write.

import { once } from 'node:events';
import { Socket } from 'node:net';
import { type Connection, encodeFrame, FrameDecoder, FrameKind } from '@heartwire/protocol';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TcpServerEngine } from '../src/index.js';
import { DELIVERY_FLUSH_BYTES } from '../src/tcp-connection.js';
import { COPY_THRESHOLD_BYTES } from '../src/write-batch.js';
import { Cleanup, patternPayload, waitFor } from './helpers.js';

const cleanup = new Cleanup();
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup.run();
});

async function startServer(): Promise<TcpServerEngine> {
  const server = cleanup.add(new TcpServerEngine());
  await server.start();
  return server;
}

/** A raw peer socket, the server's connection for it, and the frames the peer receives. */
async function rawPeer(server: TcpServerEngine): Promise<{
  socket: Socket;
  serverSide: Connection;
  frames: { kind: number; payload: Buffer }[];
}> {
  const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
  const socket = cleanup.add(new Socket(), (s) => s.destroy());
  socket.on('error', () => undefined);
  socket.connect(server.port, '127.0.0.1');
  await once(socket, 'connect', { signal: AbortSignal.timeout(10_000) });
  const [serverSide] = (await accepted) as [Connection];
  const decoder = new FrameDecoder();
  const frames: { kind: number; payload: Buffer }[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const frame of decoder.push(chunk).frames)
      frames.push({ kind: frame.kind, payload: Buffer.from(frame.payload) });
  });
  return { socket, serverSide, frames };
}

/** Counts the writes the socket whose peer is on `port` hands to libuv (_write or _writev). */
function countSocketWrites(port: () => number): { count: () => number } {
  let writes = 0;
  const proto = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  for (const method of ['_write', '_writev'] as const) {
    const original = proto[method];
    vi.spyOn(proto, method).mockImplementation(function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === port()) writes++;
      return original.apply(this, args);
    });
  }
  return { count: () => writes };
}

const sizes = fc.oneof(
  fc.integer({ min: 0, max: COPY_THRESHOLD_BYTES }),
  fc.integer({ min: COPY_THRESHOLD_BYTES + 1, max: 4096 }),
  fc.constant(70 * 1024), // more than one slab
);

describe('TCP outbound batching: replies sent during delivery', () => {
  it('keep order on both connections, also mixed with sends from the next tick and from another connection', async () => {
    const server = await startServer();
    const a = await rawPeer(server);
    const b = await rawPeer(server);
    await fc.assert(
      fc.asyncProperty(
        // Per inbound frame: replies (to a or b, with a size), and whether one more goes out later.
        fc.array(
          fc.record({
            replies: fc.array(fc.tuple(fc.boolean(), sizes), { maxLength: 5 }),
            later: fc.option(fc.tuple(fc.boolean(), sizes), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (plan) => {
          a.frames.length = 0;
          b.frames.length = 0;
          const expected: Record<'a' | 'b', string[]> = { a: [], b: [] };
          let seed = 0;
          const reply = ([toA, size]: [boolean, number]): void => {
            const payload = patternPayload(size, seed++ % 251);
            (toA ? a : b).serverSide.send(FrameKind.DATA, payload);
            expected[toA ? 'a' : 'b'].push(payload.toString('hex'));
          };
          let handled = 0;
          const onFrame = (_kind: FrameKind, payload: Buffer): void => {
            handled++;
            const step = plan[payload.readUInt32BE(0)]!;
            for (const r of step.replies) reply(r);
            const later = step.later;
            if (later) setImmediate(() => reply(later));
          };
          a.serverSide.on('frame', onFrame);
          try {
            // All requests in one chunk: their replies are sent while it is being delivered.
            const requests = plan.map((_, i) => {
              const index = Buffer.alloc(4);
              index.writeUInt32BE(i);
              return encodeFrame(FrameKind.DATA, index);
            });
            a.socket.write(Buffer.concat(requests));
            const total = (side: 'a' | 'b'): number =>
              plan.reduce(
                (n, step) =>
                  n +
                  step.replies.filter(([toA]) => toA === (side === 'a')).length +
                  (step.later && step.later[0] === (side === 'a') ? 1 : 0),
                0,
              );
            // Every request handled too: a request whose step sends nothing must not arrive late,
            // in the next run, and be answered with that run's plan.
            await waitFor(
              () =>
                handled === plan.length && a.frames.length === total('a') && b.frames.length === total('b'),
              10_000,
              'replies',
            );
            // Replies sent in the same delivery arrive in send order; a later reply arrives after
            // the delivery's replies, in the order the later sends were made.
            expect(a.frames.map((f) => f.payload.toString('hex'))).toEqual(expected.a);
            expect(b.frames.map((f) => f.payload.toString('hex'))).toEqual(expected.b);
          } finally {
            a.serverSide.off('frame', onFrame);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a burst of replies to one chunk reaches the socket in one write, and so does a burst sent outside delivery', async () => {
    const server = await startServer();
    const { socket, serverSide, frames } = await rawPeer(server);
    const writes = countSocketWrites(() => socket.localPort ?? -1);
    serverSide.on('frame', (_kind, payload) => {
      // Three replies per request; all 20 requests arrive in one chunk.
      for (let i = 0; i < 3; i++) serverSide.send(FrameKind.DATA, payload);
    });
    const requests = Array.from({ length: 20 }, (_, i) => encodeFrame(FrameKind.DATA, Buffer.from([i])));
    socket.write(Buffer.concat(requests));
    await waitFor(() => frames.length === 60, 10_000, 'replies');
    expect(frames.map((f) => f.payload[0])).toEqual(Array.from({ length: 60 }, (_, i) => Math.floor(i / 3)));
    expect(serverSide.bytesFlushed).toBe(serverSide.bytesSent);
    expect(writes.count()).toBe(1);

    // Outside delivery (a timer): small frames of one tick are one buffer, written on the next
    // tick without corking the socket.
    let corks = 0;
    const cork = Socket.prototype.cork;
    vi.spyOn(Socket.prototype, 'cork').mockImplementation(function (this: Socket) {
      if (this.remotePort === socket.localPort) corks++;
      return cork.call(this);
    });
    setImmediate(() => {
      for (let i = 0; i < 4; i++) serverSide.send(FrameKind.DATA, Buffer.from([90 + i]));
    });
    await waitFor(() => frames.length === 64, 10_000, 'small timer burst');
    expect(frames.slice(60).map((f) => f.payload[0])).toEqual([90, 91, 92, 93]);
    expect(writes.count()).toBe(2);
    expect(corks).toBe(0);

    // Small and large frames of one tick are several buffers: corked, they still go in one write.
    setImmediate(() => {
      serverSide.send(FrameKind.DATA, Buffer.from([100]));
      serverSide.send(FrameKind.DATA, patternPayload(3000, 1));
      serverSide.send(FrameKind.DATA, Buffer.from([101]));
    });
    await waitFor(() => frames.length === 67, 10_000, 'timer burst');
    expect(frames.slice(64).map((f) => f.payload.byteLength)).toEqual([1, 3000, 1]);
    expect(writes.count()).toBe(3);
    expect(corks).toBe(1);
    expect(serverSide.bytesFlushed).toBe(serverSide.bytesSent);
  });

  it('in lockstep (the last chunk held one frame) the first frame sent after it is written at once, the rest of the turn together', async () => {
    const server = await startServer();
    const { socket, serverSide, frames } = await rawPeer(server);
    const writes = countSocketWrites(() => socket.localPort ?? -1);
    // Per inbound frame, after the chunk (a promise continuation, as an awaited call resumes):
    // three sends, and whether the bytes were in the kernel right after the first and the third.
    const flushed: [boolean, boolean][] = [];
    serverSide.on('frame', (_kind, payload) => {
      queueMicrotask(() => {
        serverSide.send(FrameKind.DATA, payload);
        const first = serverSide.bytesFlushed === serverSide.bytesSent;
        serverSide.send(FrameKind.DATA, payload);
        serverSide.send(FrameKind.DATA, payload);
        flushed.push([first, serverSide.bytesFlushed === serverSide.bytesSent]);
      });
    });
    socket.write(encodeFrame(FrameKind.DATA, Buffer.from([1])));
    await waitFor(() => frames.length === 3, 10_000, 'lockstep replies');
    expect(flushed).toEqual([[true, false]]);
    expect(writes.count()).toBe(2);

    // Two frames in one chunk (one write of 12 bytes): pipelined, so every send waits for the
    // tick and all six go in one write.
    socket.write(Buffer.concat([2, 3].map((i) => encodeFrame(FrameKind.DATA, Buffer.from([i])))));
    await waitFor(() => frames.length === 9, 10_000, 'pipelined replies');
    expect(flushed.slice(1)).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(frames.map((f) => f.payload[0])).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3]);
    expect(writes.count()).toBe(3);
  });

  it('replies to a long chunk go out every DELIVERY_FLUSH_BYTES, in order, not only at its end', async () => {
    const server = await startServer();
    const { socket, serverSide, frames } = await rawPeer(server);
    // Writes handed to the socket (Node's stream may still merge them into fewer libuv writes).
    const sizes: number[] = [];
    const proto = Socket.prototype as unknown as { write: (...args: unknown[]) => boolean };
    const original = proto.write;
    vi.spyOn(proto, 'write').mockImplementation(function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === socket.localPort) sizes.push((args[0] as Buffer).byteLength);
      return original.apply(this, args);
    });
    serverSide.on('frame', (_kind, payload) => serverSide.send(FrameKind.DATA, payload));
    // 200 requests of 200 bytes (about 40 KiB of replies) in one write of the peer.
    const count = 200;
    const requests = Array.from({ length: count }, (_, i) =>
      encodeFrame(FrameKind.DATA, patternPayload(200, i)),
    );
    socket.write(Buffer.concat(requests));
    await waitFor(() => frames.length === count, 10_000, 'replies');
    for (let i = 0; i < count; i++) expect(frames[i]!.payload).toEqual(patternPayload(200, i));
    expect(serverSide.bytesFlushed).toBe(serverSide.bytesSent);
    // About 40 KiB of replies, written in pieces: every piece but the last of a read is at least
    // DELIVERY_FLUSH_BYTES and at most one reply more, however the kernel split the requests.
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(count * 205);
    expect(sizes.length).toBeGreaterThanOrEqual(Math.floor((count * 205) / (DELIVERY_FLUSH_BYTES + 205)));
    expect(sizes.length).toBeLessThan(count / 10);
    expect(Math.max(...sizes)).toBeLessThan(DELIVERY_FLUSH_BYTES + 205);
  });

  it('a reply that closes the connection during delivery still goes out before the CLOSE frame', async () => {
    const server = await startServer();
    const { socket, serverSide, frames } = await rawPeer(server);
    serverSide.on('frame', (_kind, payload) => {
      serverSide.send(FrameKind.DATA, payload);
      void serverSide.close('kicked-out', 'after the reply');
    });
    const ended = once(socket, 'end', { signal: AbortSignal.timeout(10_000) });
    socket.write(encodeFrame(FrameKind.DATA, Buffer.from('last words')));
    await ended;
    expect(frames.map((f) => f.kind)).toEqual([FrameKind.DATA, FrameKind.CLOSE]);
    expect(frames[0]!.payload.toString()).toBe('last words');
  });
});
