// RpcPeer over real sockets: the transport's TCP and UDP engines on 127.0.0.1, port 0.

import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { Connection } from '@heartwire/protocol';
import { TcpClientEngine, TcpServerEngine, UdpClientEngine, UdpServerEngine } from '@heartwire/transport';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOOPBACK_BATCH_BYTES,
  PATH_BATCH_BYTES,
  type RpcError,
  RpcPeer,
  type RpcPeerOptions,
  RpcStatus,
} from '../src/index.js';
import { demo } from './generated/greeter.js';
import { type Cleanup, runCleanup, waitFor } from './helpers.js';
import { LossyConnection, seeded } from './lossy.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const WAIT = { signal: () => AbortSignal.timeout(10_000) };

async function tcpPortIsFree(port: number): Promise<void> {
  const probe = createServer();
  probe.listen(port, '127.0.0.1');
  await once(probe, 'listening', { signal: WAIT.signal() });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

async function udpPortIsFree(port: number): Promise<void> {
  const probe = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.bind(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

function serveGreeter(peer: RpcPeer, runs: Map<string, number>): void {
  peer.implement(demo.v1.Greeter, {
    sayHello: async (request, ctx) => {
      const name = request.name ?? '';
      runs.set(name, (runs.get(name) ?? 0) + 1);
      if (request.delayMs) {
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, request.delayMs ?? 0);
          ctx.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(ctx.signal.reason);
          });
        });
      }
      return { message: `hello ${name}`, count: runs.get(name) ?? 0 };
    },
    echo: (request) => request,
  });
}

type Engines = {
  server: TcpServerEngine | UdpServerEngine;
  connect: () => Promise<Connection>;
  portIsFree: (port: number) => Promise<void>;
};

async function engines(transport: 'tcp' | 'udp'): Promise<Engines> {
  if (transport === 'tcp') {
    const server = new TcpServerEngine();
    cleanup.push(() => server.close());
    await server.start();
    return {
      server,
      connect: () => {
        const client = new TcpClientEngine({ port: server.port });
        cleanup.push(() => client.close());
        return client.connect();
      },
      portIsFree: tcpPortIsFree,
    };
  }
  const server = new UdpServerEngine();
  cleanup.push(() => server.close());
  await server.start();
  return {
    server,
    connect: () => {
      const client = new UdpClientEngine({ port: server.port });
      cleanup.push(() => client.close());
      return client.connect();
    },
    portIsFree: udpPortIsFree,
  };
}

for (const transport of ['tcp', 'udp'] as const) {
  describe(`RpcPeer over ${transport}`, () => {
    it('calls, pushes typed messages, fails pending calls on close, and frees the port', async () => {
      const { server, connect, portIsFree } = await engines(transport);
      const runs = new Map<string, number>();
      const serverPeers: RpcPeer[] = [];
      server.on('connection', (connection: Connection) => {
        const peer = new RpcPeer(connection);
        serveGreeter(peer, runs);
        serverPeers.push(peer);
      });
      const connection = await connect();
      const client = new RpcPeer(connection);
      cleanup.push(() => client.close());
      const greeter = client.client(demo.v1.Greeter);

      const replies = await Promise.all(
        Array.from({ length: 100 }, (_, i) => greeter.sayHello({ name: `n${i}` })),
      );
      expect(replies.map((r) => r.message)).toEqual(Array.from({ length: 100 }, (_, i) => `hello n${i}`));
      const big = new Uint8Array(transport === 'udp' ? 60_000 : 1_000_000).fill(7);
      expect((await greeter.echo({ data: big })).data.byteLength).toBe(big.byteLength);

      await waitFor(() => serverPeers.length === 1, 10_000, 'server peer');
      const pushes: string[] = [];
      client.on(demo.v1.ChatPush, (push) => {
        pushes.push(push.text);
      });
      serverPeers[0]!.send(demo.v1.ChatPush, { from: 'server', text: 'welcome' });
      await waitFor(() => pushes.length === 1, 10_000, 'push');
      expect(pushes).toEqual(['welcome']);

      const hanging = greeter.sayHello({ name: 'hang', delayMs: 60_000 }).catch((e: unknown) => e);
      await waitFor(() => runs.get('hang') === 1, 10_000, 'hanging handler started');
      const before = Date.now();
      await server.close();
      const error = (await hanging) as RpcError;
      expect(error.status).toBe(RpcStatus.UNAVAILABLE);
      expect(error.message).toContain('server-shutdown');
      expect(Date.now() - before).toBeLessThan(5000);
      await portIsFree(server.port);
    });
  });
}

describe('RpcPeer over udp with 30 % loss in both directions', () => {
  /**
   * 1,000 concurrent calls across a real UDP session whose two sides each lose 30 % of the DATA
   * datagrams they send; every handler must run exactly once and every call complete.
   */
  async function callThroughLoss(options: RpcPeerOptions) {
    const { server, connect } = await engines('udp');
    const runs = new Map<string, number>();
    const random = seeded(20_240_604);
    let serverSide: LossyConnection | undefined;
    server.on('connection', (connection: Connection) => {
      serverSide = new LossyConnection(connection, 0.3, random);
      const peer = new RpcPeer(serverSide, options);
      cleanup.push(() => peer.close());
      serveGreeter(peer, runs);
    });
    const clientSide = new LossyConnection(await connect(), 0.3, random);
    const client = new RpcPeer(clientSide, { ...options, retransmit: { initialMs: 25, maxMs: 250 } });
    cleanup.push(() => client.close());
    const greeter = client.client(demo.v1.Greeter);

    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => greeter.sayHello({ name: `c${i}` }, { timeoutMs: 20_000 })),
    );
    const elapsed = Date.now() - started;
    expect(replies.every((r, i) => r.message === `hello c${i}` && r.count === 1)).toBe(true);
    expect(runs.size).toBe(1000);
    expect([...runs.values()].filter((n) => n !== 1)).toEqual([]);
    expect(elapsed).toBeLessThan(20_000);
    return { clientSide, serverSide: serverSide!, client };
  }

  it('completes 1,000 calls, each handler exactly once', async () => {
    // One envelope per datagram: over a thousand datagrams each way, a sample large enough for the
    // measured loss to be near 30 % every time. (Batched, the same calls fit in a few dozen
    // datagrams, whose measured loss strays far from the rate.)
    const { clientSide, serverSide, client } = await callThroughLoss({ datagramBatchBytes: 0 });
    // The loss really happened, both ways, and was repaired by retransmission and replay.
    const lossOut = clientSide.dropped / (clientSide.dropped + clientSide.passed);
    const lossIn = serverSide.dropped / (serverSide.dropped + serverSide.passed);
    expect(lossOut).toBeGreaterThan(0.2);
    expect(lossIn).toBeGreaterThan(0.2);
    expect(client.stats.retransmits).toBeGreaterThan(300);
  }, 30_000);

  it('completes 1,000 calls, each handler exactly once, when whole batches are lost', async () => {
    // The default batch size towards 127.0.0.1 (8 KiB): a lost datagram loses every envelope in it.
    const { clientSide, serverSide, client } = await callThroughLoss({});
    expect(clientSide.dropped).toBeGreaterThan(0);
    expect(serverSide.dropped).toBeGreaterThan(0);
    expect(client.stats.retransmits).toBeGreaterThan(0);
  }, 30_000);
});

describe('RpcPeer over udp: batches', () => {
  it('calls in flight share datagrams of at most datagramBatchBytes; sequential calls go one per datagram', async () => {
    const { server, connect, portIsFree } = await engines('udp');
    const runs = new Map<string, number>();
    const received: Buffer[] = [];
    // The size for a path across a network, set here: on 127.0.0.1 the default is the loopback one.
    const options = { datagramBatchBytes: PATH_BATCH_BYTES };
    server.on('connection', (connection: Connection) => {
      connection.on('frame', (_kind, payload) => received.push(payload));
      serveGreeter(new RpcPeer(connection, options), runs);
    });
    const client = new RpcPeer(await connect(), options);
    cleanup.push(() => client.close());
    const greeter = client.client(demo.v1.Greeter);
    // The first answer tells the client that the server reads batches.
    await greeter.sayHello({ name: 'warm-up' });
    received.length = 0;

    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => greeter.sayHello({ name: `p${i}` })),
    );
    expect(replies.map((r) => r.message)).toEqual(Array.from({ length: 200 }, (_, i) => `hello p${i}`));
    // About 40 bytes a request: some 25 to a datagram. One datagram each would be 200.
    expect(received.length).toBeLessThanOrEqual(20);
    expect(received.every((payload) => payload.length <= 1200)).toBe(true);
    expect(client.stats.retransmits).toBe(0);

    // Pipelined: 128 callers, each making its next call when its last one is answered. The
    // datagrams stay shared round after round (none falls back to one envelope each).
    received.length = 0;
    const lane = async (n: number) => {
      for (let i = 0; i < 10; i++) await greeter.sayHello({ name: `r${n}.${i}` });
    };
    await Promise.all(Array.from({ length: 128 }, (_, n) => lane(n)));
    expect(received.length).toBeLessThanOrEqual(1280 / 8);

    received.length = 0;
    for (let i = 0; i < 20; i++) await greeter.sayHello({ name: `q${i}` });
    expect(received).toHaveLength(20);
    // Each a REQUEST of its own (kind 1), not a batch of one.
    expect(received.every((payload) => payload[0] === 0x08 && payload[1] === 0x01)).toBe(true);

    await server.close();
    await portIsFree(server.port);
  });
  it('towards a loopback address, batches by default go up to LOOPBACK_BATCH_BYTES', async () => {
    const { server, connect, portIsFree } = await engines('udp');
    const received: Buffer[] = [];
    const sent: Buffer[] = [];
    server.on('connection', (connection: Connection) => {
      connection.on('frame', (_kind, payload) => received.push(payload));
      serveGreeter(new RpcPeer(connection), new Map());
    });
    const connection = await connect();
    const client = new RpcPeer(connection);
    cleanup.push(() => client.close());
    const greeter = client.client(demo.v1.Greeter);
    await greeter.sayHello({ name: 'warm-up' });
    received.length = 0;
    const send = connection.send.bind(connection);
    connection.send = (kind, payload) => {
      if (payload) sent.push(Buffer.from(payload));
      return send(kind, payload);
    };

    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => greeter.sayHello({ name: `p${i}` })),
    );
    expect(replies.map((r) => r.message)).toEqual(Array.from({ length: 200 }, (_, i) => `hello p${i}`));
    // About 40 bytes a request, 200 of them: two datagrams of up to 8 KiB (seven of 1,200 B).
    expect(sent.length).toBeLessThanOrEqual(3);
    expect(received).toHaveLength(sent.length);
    expect(Math.max(...sent.map((payload) => payload.length))).toBeGreaterThan(PATH_BATCH_BYTES);
    expect(sent.every((payload) => payload.length <= LOOPBACK_BATCH_BYTES)).toBe(true);
    expect(client.stats.retransmits).toBe(0);

    await server.close();
    await portIsFree(server.port);
  });
});
