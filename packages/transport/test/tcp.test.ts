import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server, Socket } from 'node:net';
import {
  type Connection,
  decodeClose,
  encodeClose,
  encodeFrame,
  FrameDecoder,
  FrameKind,
  HeartwireError,
} from '@heartwire/protocol';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpClientEngine, TcpServerEngine } from '../src/index.js';
import { SLAB_BYTES } from '../src/read-buffers.js';
import {
  Cleanup,
  expectFrameAndControlEvents,
  nextClose,
  nextFrame,
  patternPayload,
  recordCloses,
  waitFor,
} from './helpers.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function startServer(
  options: ConstructorParameters<typeof TcpServerEngine>[0] = {},
): Promise<TcpServerEngine> {
  const server = cleanup.add(new TcpServerEngine(options));
  await server.start();
  return server;
}

/** A client connection and the server's side of it. */
async function connectPair(
  server: TcpServerEngine,
  options: Partial<ConstructorParameters<typeof TcpClientEngine>[0]> = {},
): Promise<{ client: Connection; serverSide: Connection; engine: TcpClientEngine }> {
  const engine = cleanup.add(new TcpClientEngine({ port: server.port, ...options }));
  const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
  const client = await engine.connect();
  const [serverSide] = (await accepted) as [Connection];
  return { client, serverSide, engine };
}

/** Resolves once `server` listens on `port`; proves the port was released. */
async function listenOn(port: number): Promise<void> {
  const probe: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** A raw socket connected to the server, for bytes no engine would send. */
async function rawSocket(port: number): Promise<Socket> {
  const socket = cleanup.add(new Socket(), (s) => s.destroy());
  socket.on('error', () => undefined);
  socket.connect(port, '127.0.0.1');
  await once(socket, 'connect', { signal: AbortSignal.timeout(10_000) });
  return socket;
}

/** Collects frames arriving on a raw socket. */
function rawFrames(socket: Socket): { kind: number; payload: Buffer }[] {
  const decoder = new FrameDecoder();
  const frames: { kind: number; payload: Buffer }[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const frame of decoder.push(chunk).frames)
      frames.push({ kind: frame.kind, payload: Buffer.from(frame.payload) });
  });
  return frames;
}

describe('TCP round trips', () => {
  it.each([
    ['0 B', 0],
    ['1 B', 1],
    ['60 KiB', 60 * 1024],
  ])('echoes a %s DATA frame both ways', async (_name, size) => {
    const server = await startServer();
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const { client } = await connectPair(server);
    const payload = patternPayload(size);
    const echoed = nextFrame(client);
    expect(client.send(FrameKind.DATA, payload)).toBe(true);
    const frame = await echoed;
    expect(frame.kind).toBe(FrameKind.DATA);
    expect(frame.payload.equals(payload)).toBe(true);
    expect(client.bytesSent).toBe(5 + size);
    await waitFor(
      () => client.bytesReceived === 5 + size && client.bytesFlushed === 5 + size,
      10_000,
      'counters',
    );
  });

  it('carries a 4 MiB frame (the default maximum) and counts partial bytes as they arrive', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const payload = patternPayload(client.maxPayloadBytes, 3);
    expect(payload.byteLength + 1).toBe(4 * 1024 * 1024);
    const progress: number[] = [];
    const received = nextFrame(serverSide, 20_000);
    const sampler = setInterval(() => progress.push(serverSide.bytesReceived), 1);
    cleanup.defer(() => clearInterval(sampler));
    client.send(FrameKind.DATA, payload);
    const frame = await received;
    clearInterval(sampler);
    expect(frame.payload.equals(payload)).toBe(true);
    expect(serverSide.bytesReceived).toBe(4 * 1024 * 1024 + 4);
    await waitFor(() => client.bytesFlushed === client.bytesSent, 10_000, 'flush');
    // Counted per chunk before the frame completed, so some sample saw a partial count.
    expect(progress.some((n) => n > 0 && n < 4 * 1024 * 1024 + 4)).toBe(true);
    expect(() => client.send(FrameKind.DATA, Buffer.alloc(client.maxPayloadBytes + 1))).toThrow(
      expect.objectContaining({ code: 'ERR_PAYLOAD_TOO_LARGE' }),
    );
  });

  it('emits every frame as frame, and PING and PONG then as control too', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    await expectFrameAndControlEvents(client, serverSide);
  });

  it('delivers many frames sent in one tick in order', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const got: number[] = [];
    serverSide.on('frame', (_kind, payload) => got.push(payload.readUInt32BE(0)));
    for (let i = 0; i < 2000; i++) {
      const payload = Buffer.alloc(4);
      payload.writeUInt32BE(i, 0);
      client.send(FrameKind.DATA, payload);
    }
    await waitFor(() => got.length === 2000, 10_000, 'frames');
    expect(got).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });
});

describe('TCP outbound batching', () => {
  it('keeps order and bytes for mixed sizes sent by several connections in the same tick', async () => {
    const server = await startServer();
    const a = await connectPair(server);
    const b = await connectPair(server);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 255 })),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        async (plan) => {
          const expected: Record<'a' | 'b', Buffer[]> = { a: [], b: [] };
          const got: Record<'a' | 'b', Buffer[]> = { a: [], b: [] };
          const onA = (_kind: unknown, payload: Buffer): number => got.a.push(Buffer.from(payload));
          const onB = (_kind: unknown, payload: Buffer): number => got.b.push(Buffer.from(payload));
          a.serverSide.on('frame', onA);
          b.serverSide.on('frame', onB);
          try {
            for (const [toA, size, seed] of plan) {
              const payload = patternPayload(size, seed);
              (toA ? a : b).client.send(FrameKind.DATA, payload);
              expected[toA ? 'a' : 'b'].push(payload);
            }
            await waitFor(
              () => got.a.length === expected.a.length && got.b.length === expected.b.length,
              10_000,
              'frames',
            );
            expect(got.a.map((p) => p.toString('hex'))).toEqual(expected.a.map((p) => p.toString('hex')));
            expect(got.b.map((p) => p.toString('hex'))).toEqual(expected.b.map((p) => p.toString('hex')));
          } finally {
            a.serverSide.off('frame', onA);
            b.serverSide.off('frame', onB);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a small payload is copied at send(), so the caller may reuse it at once', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const got: Buffer[] = [];
    serverSide.on('frame', (_kind, payload) => got.push(Buffer.from(payload)));
    const small = Buffer.from('small');
    client.send(FrameKind.DATA, small);
    small.fill(0);
    await waitFor(() => got.length === 1, 10_000, 'frame');
    expect(got[0]!.toString()).toBe('small');
  });
});

describe('TCP close', () => {
  it('closeOneConnection fires close once on the server, and the client sees the reason', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const serverCloses = recordCloses(serverSide);
    const clientCloses = recordCloses(client);
    const clientClosed = nextClose(client);
    expect(await server.closeOneConnection(serverSide.id, 'kicked-out', 'bye now')).toBe(true);
    expect(serverCloses).toEqual([{ reason: 'kicked-out', message: 'bye now', initiator: 'local' }]);
    expect(await clientClosed).toEqual({ reason: 'kicked-out', message: 'bye now', initiator: 'remote' });
    expect(server.connections.size).toBe(0);
    expect(await server.closeOneConnection(serverSide.id, 'kicked-out')).toBe(false);
    await serverSide.close('logged-out');
    expect(serverCloses).toHaveLength(1);
    expect(clientCloses).toHaveLength(1);
    expect(serverSide.state).toBe('closed');
    expect(() => serverSide.send(FrameKind.DATA)).toThrow(
      expect.objectContaining({ code: 'ERR_CONNECTION_CLOSED' }),
    );
  });

  it('client close() reaches the server as the client reason', async () => {
    const server = await startServer();
    const { engine, serverSide } = await connectPair(server);
    const serverClosed = nextClose(serverSide);
    await engine.close('logged-out', 'see you');
    expect(await serverClosed).toEqual({ reason: 'logged-out', message: 'see you', initiator: 'remote' });
  });

  it('close() completes once CLOSE and FIN are flushed, without waiting for a silent peer', async () => {
    // A linger of 20 s: if close() waited for the peer's FIN, the 10 s bound below would fail.
    const server = await startServer({ closeTimeoutMs: 20_000 });
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const peer = await rawSocket(server.port);
    peer.pause(); // reads nothing and never ends: a frozen peer
    const [serverSide] = (await accepted) as [Connection];
    const closed = nextClose(serverSide, 10_000);
    await serverSide.close('heartbeat-timeout', 'silent for too long');
    expect(await closed).toMatchObject({ reason: 'heartbeat-timeout', initiator: 'local' });
    expect(serverSide.bytesFlushed).toBe(serverSide.bytesSent);
    // The socket lingered: the peer still reads the CLOSE frame, then the FIN.
    const frames = rawFrames(peer);
    const ended = once(peer, 'end', { signal: AbortSignal.timeout(10_000) });
    peer.resume();
    await ended;
    expect(frames).toHaveLength(1);
    expect(decodeClose(frames[0]!.payload)).toMatchObject({
      reason: 'heartbeat-timeout',
      message: 'silent for too long',
    });
  });

  it('a peer ending without CLOSE surfaces as network-interrupted', async () => {
    const server = await startServer();
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const socket = await rawSocket(server.port);
    const [serverSide] = (await accepted) as [Connection];
    const closed = nextClose(serverSide);
    socket.end();
    expect(await closed).toMatchObject({ reason: 'network-interrupted', initiator: 'remote' });
  });

  it('server close() sends server-shutdown to every client, is idempotent, and frees the port', async () => {
    const server = await startServer();
    const a = await connectPair(server);
    const b = await connectPair(server);
    const closes = [nextClose(a.client), nextClose(b.client)];
    const first = server.close();
    expect(server.close()).toBe(first);
    await first;
    for (const info of await Promise.all(closes)) {
      expect(info).toMatchObject({ reason: 'server-shutdown', initiator: 'remote' });
    }
    expect(server.connections.size).toBe(0);
    await server.close();
    await listenOn(server.port);
    await expect(server.start()).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
  });

  it('server close() is bounded when a peer never reads and never ends', async () => {
    const server = await startServer({ closeTimeoutMs: 300, maxSendBufferBytes: 64 * 1024 * 1024 });
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const socket = await rawSocket(server.port);
    socket.pause();
    const [serverSide] = (await accepted) as [Connection];
    // Fill the kernel buffers so that neither the CLOSE frame nor the FIN can get out.
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 40; i++) serverSide.send(FrameKind.DATA, chunk);
    const closed = nextClose(serverSide);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await closed).toMatchObject({ reason: 'server-shutdown', initiator: 'local' });
    await listenOn(server.port);
  });

  it('Symbol.asyncDispose closes server and client', async () => {
    let port = 0;
    let clientConn: Connection | undefined;
    {
      await using server = new TcpServerEngine();
      await server.start();
      port = server.port;
      await using client = new TcpClientEngine({ port });
      clientConn = await client.connect();
    }
    expect(clientConn.state).toBe('closed');
    await listenOn(port);
  });
});

describe('TCP limits and bad input', () => {
  it('maxConnections: the excess connection gets CLOSE max-connections, the others keep working', async () => {
    const server = await startServer({ maxConnections: 1 });
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const first = await connectPair(server);
    const extra = cleanup.add(new TcpClientEngine({ port: server.port }));
    const refused = await extra.connect();
    expect(await nextClose(refused)).toMatchObject({ reason: 'max-connections', initiator: 'remote' });
    expect(server.stats.connectionsRejected).toBe(1);
    expect(server.connections.size).toBe(1);
    const echoed = nextFrame(first.client);
    first.client.send(FrameKind.DATA, Buffer.from('still here'));
    expect((await echoed).payload.toString()).toBe('still here');
  });

  it('garbage from a peer closes it with invalid-message; other connections keep working', async () => {
    const server = await startServer();
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const good = await connectPair(server);
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const bad = await rawSocket(server.port);
    const fromServer = rawFrames(bad);
    const [badSide] = (await accepted) as [Connection];
    const badClosed = nextClose(badSide);
    bad.write(Buffer.from([0, 0, 0, 3, 0x7f, 1, 2])); // valid length, unknown kind 0x7f
    expect(await badClosed).toMatchObject({ reason: 'invalid-message', initiator: 'local' });
    await waitFor(() => fromServer.length > 0, 10_000, 'CLOSE frame');
    expect(fromServer[0]!.kind).toBe(FrameKind.CLOSE);
    const close = decodeClose(fromServer[0]!.payload);
    expect(close).toMatchObject({ reason: 'invalid-message' });
    expect((close as { message: string }).message).toMatch(/unknown frame kind/);
    expect(server.stats.invalidMessages).toBe(1);
    const echoed = nextFrame(good.client);
    good.client.send(FrameKind.DATA, Buffer.from('ok'));
    expect((await echoed).payload.toString()).toBe('ok');
  });

  it('random bytes from a peer never crash the server: the connection stays open or ends as invalid-message', async () => {
    const server = await startServer({ maxFrameBytes: 64 * 1024 });
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const witness = await connectPair(server);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
        const socket = await rawSocket(server.port);
        socket.resume();
        const [conn] = (await accepted) as [Connection];
        const closes = recordCloses(conn);
        socket.write(bytes);
        // Whatever the bytes did, a valid PING afterwards is either answered or ignored after a close.
        socket.write(encodeFrame(FrameKind.PING, Buffer.from([0, 0, 0, 1])));
        await waitFor(
          () => conn.bytesReceived >= bytes.byteLength + 9 || conn.state !== 'open',
          10_000,
          'bytes to arrive or a close',
        );
        if (conn.state !== 'open') {
          await waitFor(() => closes.length === 1, 10_000, 'close');
          expect(closes[0]!.reason).toBe('invalid-message');
        }
        socket.destroy();
        await waitFor(() => conn.state === 'closed', 10_000, 'connection to end');
        expect(closes).toHaveLength(1);
        expect(['invalid-message', 'network-interrupted']).toContain(closes[0]!.reason);
      }),
      { numRuns: 30 },
    );
    const echoed = nextFrame(witness.client);
    witness.client.send(FrameKind.DATA, Buffer.from('alive'));
    expect((await echoed).payload.toString()).toBe('alive');
  });

  it('valid frames before bad bytes in the same chunk are delivered, then the connection closes', async () => {
    const server = await startServer();
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const bad = await rawSocket(server.port);
    bad.resume();
    const [badSide] = (await accepted) as [Connection];
    const frames: string[] = [];
    badSide.on('frame', (_kind, payload) => frames.push(payload.toString()));
    const closed = nextClose(badSide);
    bad.write(
      Buffer.concat([
        encodeFrame(FrameKind.DATA, Buffer.from('one')),
        encodeFrame(FrameKind.DATA, Buffer.from('two')),
        Buffer.from([0, 0, 0, 0]), // length 0: not a frame
        encodeFrame(FrameKind.DATA, Buffer.from('never')),
      ]),
    );
    expect(await closed).toMatchObject({ reason: 'invalid-message', initiator: 'local' });
    expect(frames).toEqual(['one', 'two']);
  });

  it('an oversized length header closes the connection before any big allocation', async () => {
    const server = await startServer({ maxFrameBytes: 1024 });
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const bad = await rawSocket(server.port);
    bad.resume();
    const [badSide] = (await accepted) as [Connection];
    const closed = nextClose(badSide);
    const before = process.memoryUsage().arrayBuffers;
    bad.write(Buffer.from([0xff, 0xff, 0xff, 0xf0, FrameKind.DATA, 1, 2, 3]));
    const info = await closed;
    expect(info).toMatchObject({ reason: 'invalid-message', initiator: 'local' });
    expect(info.message).toMatch(/exceeds the maximum of 1024/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    expect(server.stats.invalidMessages).toBe(1);
  });

  it('a malformed CLOSE frame ends the connection as invalid-message', async () => {
    const server = await startServer();
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const bad = await rawSocket(server.port);
    const [badSide] = (await accepted) as [Connection];
    const closed = nextClose(badSide);
    bad.write(encodeFrame(FrameKind.CLOSE, Buffer.from([1])));
    expect(await closed).toMatchObject({ reason: 'invalid-message', initiator: 'remote' });
  });

  it('a raw CLOSE frame is reported with its reason and text', async () => {
    const server = await startServer();
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const raw = await rawSocket(server.port);
    const [serverSide] = (await accepted) as [Connection];
    const closed = nextClose(serverSide);
    raw.write(encodeFrame(FrameKind.CLOSE, encodeClose('pushed-out', 'elsewhere')));
    expect(await closed).toEqual({ reason: 'pushed-out', message: 'elsewhere', initiator: 'remote' });
  });

  it('send-buffer overflow: a peer that never reads is closed with send-buffer-overflow, memory bounded', async () => {
    const cap = 2 * 1024 * 1024;
    const server = await startServer({ maxFrameBytes: 256 * 1024, maxSendBufferBytes: cap });
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const reader = await rawSocket(server.port);
    reader.pause(); // never reads
    const [serverSide] = (await accepted) as [Connection];
    const closes = recordCloses(serverSide);
    const chunk = Buffer.alloc(64 * 1024, 1);
    const memoryBefore = process.memoryUsage().rss;
    let thrown: unknown;
    let backpressure = 0;
    for (let i = 0; i < 20_000 && thrown === undefined; i++) {
      try {
        if (!serverSide.send(FrameKind.DATA, chunk)) backpressure++;
      } catch (error) {
        thrown = error;
      }
      // Let the socket flush into the kernel between sends, as a real sender's loop would.
      if (i % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(serverSide.bytesSent - serverSide.bytesFlushed).toBeLessThanOrEqual(cap + 64 * 1024);
    }
    expect(thrown).toBeInstanceOf(HeartwireError);
    expect(thrown).toMatchObject({ code: 'ERR_CONNECTION_CLOSED' });
    expect(backpressure).toBeGreaterThan(0);
    await waitFor(() => closes.length === 1, 10_000, 'close');
    expect(closes[0]).toMatchObject({ reason: 'send-buffer-overflow', initiator: 'local' });
    expect(server.stats.sendBufferOverflows).toBe(1);
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('send returns false above the high-water mark and emits drain once the peer reads', async () => {
    const server = await startServer({ sendHighWaterMarkBytes: 16 * 1024 });
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const reader = await rawSocket(server.port);
    reader.pause();
    const [serverSide] = (await accepted) as [Connection];
    let ok = true;
    for (let i = 0; i < 1000 && ok; i++) ok = serverSide.send(FrameKind.DATA, Buffer.alloc(8 * 1024));
    expect(ok).toBe(false);
    const drained = once(serverSide, 'drain', { signal: AbortSignal.timeout(10_000) });
    reader.resume();
    await drained;
    await waitFor(() => serverSide.bytesFlushed === serverSide.bytesSent, 10_000, 'flush');
  });
});

describe('TCP client reads (onread, into shared slabs)', () => {
  /** A plain net server whose accepted sockets `onSocket` drives, for bytes no engine would send. */
  async function rawServer(onSocket: (socket: Socket) => void): Promise<number> {
    const server = cleanup.add(
      createServer((socket) => {
        socket.resume(); // read what the client sends, so that its FIN ends the socket
        onSocket(socket);
      }),
      (s) => new Promise((r) => s.close(r)),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  }

  it('payloads a listener keeps stay intact while another client reads in between', async () => {
    const server = await startServer();
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const clients = [(await connectPair(server)).client, (await connectPair(server)).client];
    const rounds = 1500;
    const expected = (i: number): Buffer => patternPayload(20 + (i % 50), i & 0xff);
    const kept: Buffer[][] = [[], []];
    // Each client sends its next frame when the answer to the last one came: every answer is a
    // read of its own, and the two clients' reads interleave.
    clients.forEach((client, k) => {
      client.on('frame', (_kind, payload) => {
        kept[k]!.push(payload);
        if (kept[k]!.length < rounds) client.send(FrameKind.DATA, expected(kept[k]!.length));
      });
      client.send(FrameKind.DATA, expected(0));
    });
    await waitFor(() => kept.every((k) => k.length === rounds), 20_000, 'answers');
    for (const payloads of kept) {
      expect(payloads.filter((payload, i) => !payload.equals(expected(i)))).toEqual([]);
      // Read into our slabs, not into Node's chunks of the bytes read.
      expect(payloads[0]!.buffer.byteLength).toBe(SLAB_BYTES);
    }
  });

  it('a frame spread over many reads arrives whole', async () => {
    const payload = patternPayload(200 * 1024, 5);
    const frame = Buffer.concat([Buffer.alloc(5), payload]);
    frame.writeUInt32BE(payload.length + 1, 0);
    frame[4] = FrameKind.DATA;
    const port = await rawServer((socket) => {
      socket.on('error', () => undefined);
      let offset = 0;
      const next = (): void => {
        if (socket.destroyed || offset >= frame.length) return;
        socket.write(frame.subarray(offset, offset + 1024), () => setImmediate(next));
        offset += 1024;
      };
      next();
    });
    const engine = cleanup.add(new TcpClientEngine({ port }));
    const client = await engine.connect();
    const received = await nextFrame(client, 20_000);
    expect(received.payload.equals(payload)).toBe(true);
    expect(client.bytesReceived).toBe(frame.length);
  });

  it('frames, then a FIN without CLOSE: the frames arrive, then close as network-interrupted', async () => {
    const port = await rawServer((socket) => {
      socket.on('error', () => undefined);
      const frames = [1, 2, 3].map((n) => Buffer.from([0, 0, 0, 2, FrameKind.DATA, n]));
      socket.end(Buffer.concat(frames));
    });
    const engine = cleanup.add(new TcpClientEngine({ port }));
    const client = await engine.connect();
    const got: number[] = [];
    client.on('frame', (_kind, payload) => got.push(payload[0]!));
    const info = await nextClose(client);
    expect(got).toEqual([1, 2, 3]);
    expect(info).toMatchObject({ reason: 'network-interrupted', initiator: 'remote' });
  });

  it('garbage from the server closes the client connection as invalid-message', async () => {
    const port = await rawServer((socket) => {
      socket.on('error', () => undefined);
      socket.write(Buffer.from([0, 0, 0, 1, 0x7f, 1, 2, 3]));
    });
    const engine = cleanup.add(new TcpClientEngine({ port }));
    const client = await engine.connect();
    expect(await nextClose(client)).toMatchObject({ reason: 'invalid-message', initiator: 'local' });
  });
});

describe('TCP client engine', () => {
  it('connect() rejects with ERR_REFUSED when nothing listens', async () => {
    const server = await startServer();
    const port = server.port;
    await server.close();
    const client = cleanup.add(new TcpClientEngine({ port }));
    await expect(client.connect()).rejects.toMatchObject({ code: 'ERR_REFUSED' });
  });

  it('connect() rejects with ERR_TIMEOUT when the server never completes the handshake', async () => {
    // A stopped process whose accept queue is full: the kernel drops further SYNs, so connects hang.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, function () { console.log(this.address().port); })",
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanup.defer(() => child.kill('SIGKILL'));
    const [line] = (await once(child.stdout, 'data', { signal: AbortSignal.timeout(10_000) })) as [Buffer];
    const port = Number(line.toString().trim());
    child.kill('SIGSTOP');
    const fillers: Socket[] = [];
    for (let i = 0; i < 8; i++) {
      const socket = new Socket();
      socket.on('error', () => undefined);
      socket.connect(port, '127.0.0.1');
      fillers.push(socket);
      cleanup.defer(() => socket.destroy());
    }
    const client = cleanup.add(new TcpClientEngine({ port, connectTimeoutMs: 300 }));
    const error = (await client.connect().catch((e: unknown) => e)) as HeartwireError;
    expect(error).toBeInstanceOf(HeartwireError);
    expect(error.code).toBe('ERR_TIMEOUT');
  });

  it('may connect again after the connection closed, and not while one is open', async () => {
    const server = await startServer();
    const { engine, serverSide } = await connectPair(server);
    await expect(engine.connect()).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
    const clientClosed = nextClose(engine.connection!);
    await serverSide.close('kicked-out');
    await clientClosed;
    const again = await engine.connect();
    expect(again.state).toBe('open');
    await engine.close();
    await expect(engine.connect()).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
  });

  it('rejects bad options with ConfigError', () => {
    expect(() => new TcpClientEngine({ port: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_CONFIG' }),
    );
    expect(() => new TcpServerEngine({ maxFrameBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_CONFIG' }),
    );
    expect(() => new TcpServerEngine({ maxFrameBytes: 1024, maxSendBufferBytes: 1000 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_CONFIG' }),
    );
    expect(() => new TcpServerEngine({ port: 70_000 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_CONFIG' }),
    );
  });
});
