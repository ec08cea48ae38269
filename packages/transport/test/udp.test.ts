import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import {
  type Connection,
  decodeClose,
  decodeDatagram,
  encodeClose,
  encodeDatagram,
  FrameKind,
  MAX_UDP_DATAGRAM_BYTES,
} from '@heartwire/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionRefusedError, UdpClientEngine, UdpServerEngine } from '../src/index.js';
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
  options: ConstructorParameters<typeof UdpServerEngine>[0] = {},
): Promise<UdpServerEngine> {
  const server = cleanup.add(new UdpServerEngine(options));
  await server.start();
  return server;
}

async function connectPair(
  server: UdpServerEngine,
  options: Partial<ConstructorParameters<typeof UdpClientEngine>[0]> = {},
): Promise<{ client: Connection; serverSide: Connection; engine: UdpClientEngine }> {
  const engine = cleanup.add(new UdpClientEngine({ port: server.port, ...options }));
  const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
  const client = await engine.connect();
  const [serverSide] = (await accepted) as [Connection];
  return { client, serverSide, engine };
}

/** A raw datagram socket, for datagrams no engine would send. */
async function rawSocket(): Promise<Socket> {
  const socket = cleanup.add(createSocket('udp4'), (s) => s.close());
  socket.on('error', () => undefined);
  socket.bind(0, '127.0.0.1');
  await once(socket, 'listening', { signal: AbortSignal.timeout(10_000) });
  return socket;
}

async function rawExchange(socket: Socket, datagram: Buffer, port: number): Promise<Buffer> {
  const reply = once(socket, 'message', { signal: AbortSignal.timeout(10_000) });
  socket.send(datagram, port, '127.0.0.1');
  const [message] = (await reply) as [Buffer];
  return message;
}

/** Resolves once a UDP socket could bind `port`: proves the port was released. */
async function bindOn(port: number): Promise<void> {
  const probe = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.bind(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

describe('UDP round trips', () => {
  it.each([
    ['0 B', 0],
    ['1 B', 1],
    ['4 KiB (the largest payload joined to its header)', 4096],
    ['4 KiB + 1', 4097],
    ['60 KiB', 60 * 1024],
  ])('echoes a %s DATA frame both ways', async (_name, size) => {
    const server = await startServer();
    server.on('connection', (conn) => conn.on('frame', (kind, payload) => conn.send(kind, payload)));
    const { client, serverSide } = await connectPair(server);
    const payload = patternPayload(size);
    const echoed = nextFrame(client);
    expect(client.send(FrameKind.DATA, payload)).toBe(true);
    const frame = await echoed;
    expect(frame.kind).toBe(FrameKind.DATA);
    expect(frame.payload.equals(payload)).toBe(true);
    expect(client.bytesSent).toBe(9 + size);
    expect(serverSide.bytesReceived).toBe(9 + size);
    expect(client.bytesReceived).toBe(9 + size);
    await waitFor(() => client.bytesFlushed === client.bytesSent, 10_000, 'flush');
  });

  it('refuses a payload over one datagram with ERR_PAYLOAD_TOO_LARGE', async () => {
    const server = await startServer();
    const { client } = await connectPair(server);
    expect(client.maxPayloadBytes).toBe(MAX_UDP_DATAGRAM_BYTES - 9);
    expect(() => client.send(FrameKind.DATA, Buffer.alloc(client.maxPayloadBytes + 1))).toThrow(
      expect.objectContaining({ code: 'ERR_PAYLOAD_TOO_LARGE' }),
    );
    expect(client.state).toBe('open');
  });

  it('carries PING and PONG frames', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const ping = nextFrame(serverSide);
    client.send(FrameKind.PING, Buffer.from([0, 0, 0, 7]));
    expect(await ping).toMatchObject({ kind: FrameKind.PING });
    const pong = nextFrame(client);
    serverSide.send(FrameKind.PONG, Buffer.from([0, 0, 0, 7]));
    expect(await pong).toMatchObject({ kind: FrameKind.PONG });
  });
});

describe('UDP frame events', () => {
  it('emits every frame as frame, and PING and PONG then as control too', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    await expectFrameAndControlEvents(client, serverSide);
  });
});

describe('UDP sessions', () => {
  it('a datagram with a wrong token is dropped and counted; the session stays intact', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const frames: Buffer[] = [];
    serverSide.on('frame', (_kind, payload) => frames.push(payload));
    const raw = await rawSocket();
    raw.send(
      encodeDatagram(FrameKind.DATA, randomBytes(8), Buffer.from('injected')),
      server.port,
      '127.0.0.1',
    );
    raw.send(
      encodeDatagram(FrameKind.CLOSE, randomBytes(8), encodeClose('kicked-out')),
      server.port,
      '127.0.0.1',
    );
    await waitFor(() => server.stats.badTokens === 2, 10_000, 'bad tokens counted');
    const token = (serverSide as unknown as { token: Buffer }).token;
    // Sessions are found by a hash of the token's first 30 bits: a token that shares them, and the
    // bits after them, but differs in its last byte is still a wrong token.
    const lookalike = Buffer.from(token);
    lookalike[7]! ^= 0xff;
    raw.send(encodeDatagram(FrameKind.DATA, lookalike, Buffer.from('lookalike')), server.port, '127.0.0.1');
    await waitFor(() => server.stats.badTokens === 3, 10_000, 'look-alike token counted');
    // The right token from another address is not accepted either.
    raw.send(encodeDatagram(FrameKind.DATA, token, Buffer.from('spoofed')), server.port, '127.0.0.1');
    await waitFor(() => server.stats.addressMismatches === 1, 10_000, 'address mismatch counted');
    const genuine = nextFrame(serverSide);
    client.send(FrameKind.DATA, Buffer.from('genuine'));
    expect((await genuine).payload.toString()).toBe('genuine');
    expect(frames.map(String)).toEqual(['genuine']);
    expect(serverSide.state).toBe('open');
  });

  it('garbage and oversized datagrams are dropped and counted', async () => {
    const server = await startServer({ maxDatagramBytes: 1024 });
    const { client, serverSide } = await connectPair(server, { maxDatagramBytes: 1024 });
    const raw = await rawSocket();
    raw.send(Buffer.from([0x7f, 1, 2]), server.port, '127.0.0.1');
    raw.send(Buffer.alloc(4096), server.port, '127.0.0.1');
    await waitFor(
      () => server.stats.invalidMessages === 1 && server.stats.oversizedDatagrams === 1,
      10_000,
      'drops',
    );
    const frame = nextFrame(serverSide);
    client.send(FrameKind.DATA, Buffer.from('fine'));
    expect((await frame).payload.toString()).toBe('fine');
  });

  it('a retransmitted SESSION_OPEN gets the same SESSION_ACCEPT', async () => {
    const server = await startServer();
    const raw = await rawSocket();
    const nonce = randomBytes(8);
    const open = encodeDatagram(FrameKind.SESSION_OPEN, nonce);
    const first = decodeDatagram(await rawExchange(raw, open, server.port));
    const second = decodeDatagram(await rawExchange(raw, open, server.port));
    if (first instanceof Error || second instanceof Error) throw new Error('bad reply');
    expect(first.kind).toBe(FrameKind.SESSION_ACCEPT);
    expect(first.token.equals(nonce)).toBe(true);
    expect(first.payload.byteLength).toBe(8);
    expect(second.payload.equals(first.payload)).toBe(true);
    expect(server.connections.size).toBe(1);
    expect(server.stats.duplicateSessionOpens).toBe(1);
    // Another nonce from the same address opens another session with another token.
    const third = decodeDatagram(
      await rawExchange(raw, encodeDatagram(FrameKind.SESSION_OPEN, randomBytes(8)), server.port),
    );
    if (third instanceof Error) throw third;
    expect(third.payload.equals(first.payload)).toBe(false);
    expect(server.connections.size).toBe(2);
    // Once that session has closed, the server forgets its open: the same nonce opens a new one.
    const [firstSession] = [...server.connections.values()];
    const goodbye = once(raw, 'message', { signal: AbortSignal.timeout(10_000) });
    await firstSession!.close();
    const close = decodeDatagram(((await goodbye) as [Buffer])[0]);
    if (close instanceof Error) throw close;
    expect(close.kind).toBe(FrameKind.CLOSE);
    expect(server.connections.size).toBe(1);
    const reopened = decodeDatagram(await rawExchange(raw, open, server.port));
    if (reopened instanceof Error) throw reopened;
    expect(reopened.kind).toBe(FrameKind.SESSION_ACCEPT);
    expect(reopened.payload.equals(first.payload)).toBe(false);
    expect(server.stats.duplicateSessionOpens).toBe(1);
    expect(server.connections.size).toBe(2);
  });

  it('maxConnections: the excess session open is refused with max-connections', async () => {
    const server = await startServer({ maxConnections: 1 });
    await connectPair(server);
    const extra = cleanup.add(new UdpClientEngine({ port: server.port }));
    const error = await extra.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionRefusedError);
    expect(error).toMatchObject({ code: 'ERR_REFUSED', reason: 'max-connections' });
    expect(server.stats.connectionsRejected).toBe(1);
    // The refusal is a CLOSE whose token field is the nonce.
    const raw = await rawSocket();
    const nonce = randomBytes(8);
    const reply = decodeDatagram(
      await rawExchange(raw, encodeDatagram(FrameKind.SESSION_OPEN, nonce), server.port),
    );
    if (reply instanceof Error) throw reply;
    expect(reply.kind).toBe(FrameKind.CLOSE);
    expect(reply.token.equals(nonce)).toBe(true);
    expect(decodeClose(reply.payload)).toMatchObject({ reason: 'max-connections' });
  });

  it('closeOneConnection fires close once on the server, and the client sees the reason', async () => {
    const server = await startServer();
    const { client, serverSide } = await connectPair(server);
    const serverCloses = recordCloses(serverSide);
    const clientClosed = nextClose(client);
    expect(await server.closeOneConnection(serverSide.id, 'heartbeat-timeout', 'silent')).toBe(true);
    expect(serverCloses).toEqual([{ reason: 'heartbeat-timeout', message: 'silent', initiator: 'local' }]);
    expect(await clientClosed).toEqual({
      reason: 'heartbeat-timeout',
      message: 'silent',
      initiator: 'remote',
    });
    expect(server.connections.size).toBe(0);
    await serverSide.close();
    expect(serverCloses).toHaveLength(1);
    // The old token is gone: a late datagram with it is dropped as a bad token.
    const raw = await rawSocket();
    const token = (serverSide as unknown as { token: Buffer }).token;
    raw.send(encodeDatagram(FrameKind.DATA, token), server.port, '127.0.0.1');
    await waitFor(() => server.stats.badTokens === 1, 10_000, 'bad token');
  });

  it('client close() reaches the server with its reason; the engine keeps no session by itself', async () => {
    const server = await startServer();
    const { engine, serverSide } = await connectPair(server);
    const closed = nextClose(serverSide);
    await engine.close('logged-out', 'bye');
    expect(await closed).toEqual({ reason: 'logged-out', message: 'bye', initiator: 'remote' });
    expect(server.connections.size).toBe(0);
  });

  it('server close() sends server-shutdown, is idempotent, and frees the port', async () => {
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
    await bindOn(server.port);
  });

  it('sizes the shared receive buffer (receiveBufferBytes), and rejects a bad size', async () => {
    // Linux reports twice what it granted, capped by net.core.rmem_max; 64 KiB is under any cap.
    const small = await startServer({ receiveBufferBytes: 64 * 1024 });
    expect(small.receiveBufferBytes).toBeGreaterThanOrEqual(64 * 1024);
    // The default asks for 4 MiB: more than the small one got, unless the OS caps both alike.
    const byDefault = await startServer();
    expect(byDefault.receiveBufferBytes).toBeGreaterThanOrEqual(small.receiveBufferBytes);
    const a = await connectPair(byDefault);
    a.client.send(FrameKind.DATA, Buffer.from('still works'));
    expect((await nextFrame(a.serverSide)).payload.toString()).toBe('still works');
    expect(() => new UdpServerEngine({ receiveBufferBytes: 10 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_CONFIG' }),
    );
    expect(new UdpServerEngine().receiveBufferBytes).toBe(0);
  });

  it('connect() rejects with ERR_TIMEOUT when nobody answers SESSION_OPEN, after retransmitting', async () => {
    const silent = await rawSocket();
    let opens = 0;
    silent.on('message', (message: Buffer) => {
      if (message[0] === FrameKind.SESSION_OPEN) opens++;
    });
    const client = cleanup.add(
      new UdpClientEngine({ port: silent.address().port, connectTimeoutMs: 400, sessionOpenRetryMs: 50 }),
    );
    await expect(client.connect()).rejects.toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(opens).toBeGreaterThan(1);
  });

  it('connect() rejects with ERR_REFUSED when nothing is bound to the port (ICMP port unreachable)', async () => {
    const server = await startServer();
    const port = server.port;
    await server.close();
    const client = cleanup.add(new UdpClientEngine({ port, connectTimeoutMs: 5_000 }));
    await expect(client.connect()).rejects.toMatchObject({ code: 'ERR_REFUSED' });
  });

  it('the client may open a new session after the previous one closed', async () => {
    const server = await startServer();
    const { engine, client, serverSide } = await connectPair(server);
    await expect(engine.connect()).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
    const closed = nextClose(client);
    await server.closeOneConnection(serverSide.id, 'kicked-out');
    await closed;
    const accepted = once(server, 'connection', { signal: AbortSignal.timeout(10_000) });
    const again = await engine.connect();
    const [newServerSide] = (await accepted) as [Connection];
    expect(again.id).not.toBe(client.id);
    const frame = nextFrame(newServerSide);
    again.send(FrameKind.DATA, Buffer.from('back'));
    expect((await frame).payload.toString()).toBe('back');
  });

  it('the client drops datagrams without its session token and counts them', async () => {
    // A hand-written server: answers SESSION_OPEN, then sends one bad-token and one good datagram.
    const fake = await rawSocket();
    const token = randomBytes(8);
    fake.on('message', (message: Buffer, remote) => {
      const datagram = decodeDatagram(message);
      if (datagram instanceof Error || datagram.kind !== FrameKind.SESSION_OPEN) return;
      fake.send(encodeDatagram(FrameKind.SESSION_ACCEPT, datagram.token, token), remote.port, remote.address);
    });
    const engine = cleanup.add(new UdpClientEngine({ port: fake.address().port }));
    const client = await engine.connect();
    const frames: string[] = [];
    client.on('frame', (_kind, payload) => frames.push(payload.toString()));
    expect(client.remotePort).toBe(fake.address().port);
    const clientPort = await new Promise<number>((resolve) => {
      fake.once('message', (_m: Buffer, remote) => resolve(remote.port));
      client.send(FrameKind.DATA, Buffer.from('hello'));
    });
    fake.send(encodeDatagram(FrameKind.DATA, randomBytes(8), Buffer.from('wrong')), clientPort, '127.0.0.1');
    await waitFor(() => engine.stats.badTokens === 1, 10_000, 'bad token on the client');
    const good = nextFrame(client);
    fake.send(encodeDatagram(FrameKind.DATA, token, Buffer.from('right')), clientPort, '127.0.0.1');
    expect((await good).payload.toString()).toBe('right');
    expect(frames).toEqual(['right']);
  });
});
