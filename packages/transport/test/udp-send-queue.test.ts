// The UDP send queue as a session sees it: which datagrams carry a completion callback, how
// bytesFlushed follows the queue, and when 'drain' comes. The socket is replaced by a scripted
// queue here (a full kernel send buffer cannot be provoked on loopback); a real burst checks the
// common path end to end.
import { FrameKind } from '@heartwire/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { UdpClientEngine, UdpConnection, UdpServerEngine } from '../src/index.js';
import { resolveUdpOptions } from '../src/options.js';
import { createStats } from '../src/stats.js';
import type { SendCallback } from '../src/udp-connection.js';
import { Cleanup, waitFor } from './helpers.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A session over a scripted socket: `queue` is what the socket reports as waiting. */
function scripted(sendHighWaterMarkBytes = 1024 * 1024) {
  const socket = {
    queue: 0,
    /** What the next send leaves in the queue (the kernel had no room for it). */
    queueNext: false,
    callbacks: [] as (SendCallback | undefined)[],
    /** The parts of every datagram handed to the socket. */
    datagrams: [] as (readonly Uint8Array[])[],
  };
  const connection = new UdpConnection({
    token: Buffer.alloc(8, 7),
    remoteAddress: '127.0.0.1',
    remotePort: 9,
    link: {
      options: resolveUdpOptions({ sendHighWaterMarkBytes }),
      stats: createStats(),
      transmit: (_connection, parts, callback) => {
        socket.callbacks.push(callback);
        socket.datagrams.push(parts);
        if (socket.queueNext || socket.queue > 0) {
          socket.queue += parts.reduce((n, p) => n + p.byteLength, 0);
          socket.queueNext = false;
        }
      },
      sendQueueBytes: () => socket.queue,
      onClosed: () => undefined,
    },
  });
  cleanup.add(connection, (c) => c.destroy());
  return { socket, connection };
}

describe('UDP datagram parts', () => {
  it('a payload up to 4 KiB goes out as one part holding header and payload', () => {
    const { socket, connection } = scripted();
    const payload = Buffer.alloc(4096, 0xab);
    connection.send(FrameKind.DATA, payload);
    connection.send(FrameKind.PING);
    const [data, ping] = socket.datagrams;
    expect(data).toHaveLength(1);
    expect(
      Buffer.from(data![0]!).equals(
        Buffer.concat([Buffer.from([FrameKind.DATA]), Buffer.alloc(8, 7), payload]),
      ),
    ).toBe(true);
    expect(ping).toHaveLength(1);
    expect(
      Buffer.from(ping![0]!).equals(Buffer.concat([Buffer.from([FrameKind.PING]), Buffer.alloc(8, 7)])),
    ).toBe(true);
  });

  it("a larger payload goes out as header + the caller's payload, not copied", () => {
    const { socket, connection } = scripted();
    const payload = Buffer.alloc(4097, 0xcd);
    connection.send(FrameKind.DATA, payload);
    const [parts] = socket.datagrams;
    expect(parts).toHaveLength(2);
    expect(
      Buffer.from(parts![0]!).equals(Buffer.concat([Buffer.from([FrameKind.DATA]), Buffer.alloc(8, 7)])),
    ).toBe(true);
    expect(parts![1]).toBe(payload);
    expect(connection.bytesSent).toBe(9 + 4097);
  });
});

describe('UDP send queue accounting', () => {
  it('a datagram sent into an empty queue carries no callback and counts as flushed at once', () => {
    const { socket, connection } = scripted();
    expect(connection.send(FrameKind.DATA, Buffer.alloc(91))).toBe(true);
    expect(socket.callbacks).toEqual([undefined]);
    expect(connection.bytesSent).toBe(100);
    expect(connection.bytesFlushed).toBe(100);
  });

  it('a datagram behind others carries a callback, and is flushed when it reports', () => {
    const { socket, connection } = scripted();
    socket.queue = 500; // another session's datagrams on a shared server socket
    connection.send(FrameKind.DATA, Buffer.alloc(91));
    expect(socket.callbacks[0]).toBeTypeOf('function');
    expect(connection.bytesFlushed).toBe(0);
    socket.queue = 0;
    socket.callbacks[0]!(null, 100);
    expect(connection.bytesFlushed).toBe(100);
  });

  it('a datagram queued without a callback is flushed once the queue is seen empty, and drain follows', async () => {
    const { socket, connection } = scripted(1);
    socket.queueNext = true;
    expect(connection.send(FrameKind.DATA, Buffer.alloc(91))).toBe(false);
    expect(socket.callbacks).toEqual([undefined]);
    expect(connection.bytesFlushed).toBe(0);
    let drained = false;
    connection.once('drain', () => {
      drained = true;
    });
    socket.queue = 0; // the kernel took it: only watching the queue can tell
    await waitFor(() => drained, 5_000, 'drain');
    expect(connection.bytesFlushed).toBe(100);
  });
});

describe('UDP send queue on real sockets', () => {
  it('after a burst, every byte sent is flushed and the send buffer drains', async () => {
    const server = cleanup.add(new UdpServerEngine({ host: '127.0.0.1', port: 0 }));
    await server.start();
    const engine = cleanup.add(new UdpClientEngine({ host: '127.0.0.1', port: server.port }));
    const client = await engine.connect();
    const payload = Buffer.alloc(30_000, 1);
    for (let i = 0; i < 200; i++) client.send(FrameKind.DATA, payload);
    expect(client.bytesSent).toBe(200 * (9 + payload.byteLength));
    await waitFor(() => client.bytesFlushed === client.bytesSent, 10_000, 'flush');
  });
});
