import { createServer } from 'node:net';
import {
  LoginRefusedError,
  RapidClientEngine,
  RapidServerEngine,
  type RapidTransport,
} from '@heartwire/rapid';
import { isRpcError, RpcPeer } from '@heartwire/rpc';
import { TcpClientEngine, UdpClientEngine } from '@heartwire/transport';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionService } from '../src/session-schema.js';
import { ChatType, EchoService, nextEvent, TextType, waitFor } from './helpers.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});

async function startServer(transport: RapidTransport, options: Record<string, unknown> = {}) {
  const server = new RapidServerEngine({ transport, port: 0, ...options });
  server.verifyLogin = ({ password }) =>
    password === 'secret' ? true : { ok: false, message: 'wrong password' };
  server.addService(EchoService, {
    say: (req) => TextType.create({ text: `echo ${(req as unknown as { text: string }).text}` }),
    whoAmI: (_req, ctx) => TextType.create({ text: ctx.state.user?.userId ?? '?' }),
    slow: (_req, ctx) =>
      new Promise((resolve) =>
        ctx.signal.addEventListener('abort', () => resolve(TextType.create({ text: 'aborted' }))),
      ),
  });
  await server.start();
  cleanups.push(() => server.stop());
  return server;
}

function client(transport: RapidTransport, port: number, options: Record<string, unknown> = {}) {
  const c = new RapidClientEngine({ transport, port, ...options });
  cleanups.push(() => c.close());
  return c;
}

/** A bare RpcPeer on a transport client engine: no Rapid client, so no login unless it calls one. */
async function rawPeer(transport: RapidTransport, port: number): Promise<RpcPeer> {
  const engine = transport === 'tcp' ? new TcpClientEngine({ port }) : new UdpClientEngine({ port });
  cleanups.push(() => engine.close());
  return new RpcPeer(await engine.connect());
}

describe.each(['tcp', 'udp'] as const)('Rapid engines over %s', (transport) => {
  it('logs in, gets the server settings, calls a service that sees the user', async () => {
    const server = await startServer(transport, { heartBeatSpanInSecs: 2, timeoutSpanInSecs: 6 });
    const alice = client(transport, server.port);
    const connected = nextEvent(server.userManager, 'userConnected');
    const result = await alice.login({ userId: 'alice', password: 'secret' });
    expect(result).toEqual({ userId: 'alice', heartBeatSpanInSecs: 2, timeoutSpanInSecs: 6 });
    await connected;
    expect(server.userManager.isOnline('alice')).toBe(true);
    const echo = alice.service(EchoService);
    expect(((await echo.say!({ text: 'hi' })) as unknown as { text: string }).text).toBe('echo hi');
    expect(((await echo.whoAmI!({})) as unknown as { text: string }).text).toBe('alice');
  });

  it('refuses a bad password with the reason, and the user stays offline', async () => {
    const server = await startServer(transport);
    const bob = client(transport, server.port);
    const refused = nextEvent(server, 'loginRefused');
    const error = await bob.login({ userId: 'bob', password: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginRefusedError);
    expect((error as LoginRefusedError).reason).toBe('login-refused');
    expect((error as LoginRefusedError).message).toBe('wrong password');
    await refused;
    expect(server.userManager.isOnline('bob')).toBe(false);
    await waitFor(() => server.connectionCount === 0, 5000, 'refused connection closed');
  });

  it('relays typed messages between two clients, and fails clearly to an offline user', async () => {
    const server = await startServer(transport);
    const alice = client(transport, server.port);
    const bob = client(transport, server.port);
    await alice.login({ userId: 'alice', password: 'secret' });
    await bob.login({ userId: 'bob', password: 'secret' });
    const got = new Promise<[unknown, unknown]>((resolve) =>
      bob.onMessage(ChatType, (m, info) => resolve([m, info])),
    );
    await alice.sendToUser('bob', ChatType, ChatType.create({ body: 'hello bob' }));
    const [message, info] = await got;
    expect((message as { body: string }).body).toBe('hello bob');
    expect(info).toEqual({ from: 'alice', group: undefined });
    const offline = await alice
      .sendToUser('carol', ChatType, ChatType.create({ body: 'x' }))
      .catch((e: unknown) => e);
    expect(isRpcError(offline, 'UNAVAILABLE')).toBe(true);
    expect((offline as Error).message).toMatch(/carol.*not online/);
  });

  it('kicks a user: the client is told why and does not reconnect', async () => {
    const server = await startServer(transport);
    const alice = client(transport, server.port);
    await alice.login({ userId: 'alice', password: 'secret' });
    const closedReasons: string[] = [];
    alice.on('closed', (reason) => closedReasons.push(reason));
    const kicked = nextEvent<[string]>(alice, 'kickedOut');
    const disconnected = nextEvent(server.userManager, 'userDisconnected');
    expect(await server.kickOut('alice', 'spamming')).toBe(true);
    expect(await kicked).toEqual(['spamming']);
    expect((await disconnected)[1]).toBe('kicked-out');
    expect(alice.state).toBe('closed');
    await alice.close();
    expect(closedReasons).toEqual(['kicked-out']); // once, with the first cause
  });

  it('pushes out the first login when the same user logs in again', async () => {
    const server = await startServer(transport);
    const first = client(transport, server.port);
    const second = client(transport, server.port);
    await first.login({ userId: 'alice', password: 'secret' });
    const pushed = nextEvent(first, 'pushedOut');
    await second.login({ userId: 'alice', password: 'secret' });
    await pushed;
    expect(first.state).toBe('closed');
    expect(second.state).toBe('online');
    expect(server.userManager.getConnections('alice')).toHaveLength(1);
  });

  it('closes a connection that never logs in with login-timeout', async () => {
    const server = await startServer(transport, { loginTimeoutMs: 300 });
    if (transport === 'tcp') {
      const raw = new TcpClientEngine({ port: server.port });
      cleanups.push(() => raw.close());
      const connection = await raw.connect();
      const [info] = await nextEvent<[{ reason: string }]>(connection, 'close', 5000);
      expect(info.reason).toBe('login-timeout');
    } else {
      const raw = new UdpClientEngine({ port: server.port });
      cleanups.push(() => raw.close());
      const connection = await raw.connect();
      const [info] = await nextEvent<[{ reason: string }]>(connection, 'close', 5000);
      expect(info.reason).toBe('login-timeout');
    }
    await waitFor(() => server.connectionCount === 0, 5000, 'connection gone');
  });

  it('times out every connection that does not log in, and none that does', async () => {
    const server = await startServer(transport, { loginTimeoutMs: 500 });
    const online = client(transport, server.port);
    await online.login({ userId: 'alice', password: 'secret' });
    const engines = Array.from({ length: 3 }, () =>
      transport === 'tcp'
        ? new TcpClientEngine({ port: server.port })
        : new UdpClientEngine({ port: server.port }),
    );
    for (const e of engines) cleanups.push(() => e.close());
    const silent = await Promise.all(engines.map((e) => e.connect()));
    // One of them leaves before its deadline: it is simply forgotten.
    await silent[0]!.close();
    const reasons = await Promise.all(
      silent.slice(1).map(async (c) => (await nextEvent<[{ reason: string }]>(c, 'close', 5000))[0].reason),
    );
    expect(reasons).toEqual(['login-timeout', 'login-timeout']);
    await waitFor(() => server.connectionCount === 1, 5000, 'only the logged-in connection left');
    // alice arrived first, so her deadline has passed too: logging in took her out of the line.
    expect(online.state).toBe('online');
    const echo = online.service(EchoService) as Record<string, (r: object) => Promise<unknown>>;
    expect(((await echo.say!({ text: 'still here' })) as { text: string }).text).toBe('echo still here');
  });

  it('broadcasts to a group of 100 clients', async () => {
    const server = await startServer(transport);
    const clients = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const c = client(transport, server.port);
        await c.login({ userId: `u${i}`, password: 'secret' });
        server.groups.join('room', `u${i}`);
        return c;
      }),
    );
    const received = clients.map(
      (c) =>
        new Promise<string>((resolve) =>
          c.onMessage(ChatType, (m) => resolve((m as unknown as { body: string }).body)),
        ),
    );
    expect(server.sendToGroup('room', ChatType, ChatType.create({ body: 'to all' }))).toBe(100);
    expect(await Promise.all(received)).toEqual(Array(100).fill('to all'));
    // And a member relays to the others through the server.
    const relayed = clients
      .slice(1, 4)
      .map(
        (c) =>
          new Promise<unknown>((resolve) =>
            c.onMessage(ChatType, (m, info) => info.group && resolve([m, info])),
          ),
      );
    expect(await clients[0]!.sendToGroup('room', ChatType, ChatType.create({ body: 'from u0' }))).toBe(99);
    for (const r of await Promise.all(relayed)) {
      expect(r).toEqual([expect.objectContaining({ body: 'from u0' }), { from: 'u0', group: 'room' }]);
    }
  }, 30_000);

  it('only the login may be called before it succeeds', async () => {
    const server = await startServer(transport);
    // A Rapid client refuses locally: it is idle until login() succeeds.
    const idle = new RapidClientEngine({ transport, port: server.port });
    cleanups.push(() => idle.close());
    const early = await idle.service(EchoService).say!({ text: 'x' }).catch((e: unknown) => e);
    expect(isRpcError(early, 'UNAVAILABLE')).toBe(true);
    // A raw peer that skips the login is refused by the server's gate, and the connection survives.
    const peer = await rawPeer(transport, server.port);
    const gated = await peer.client(EchoService).say!({ text: 'x' }).catch((e: unknown) => e);
    expect(isRpcError(gated, 'UNAUTHENTICATED')).toBe(true);
    expect(peer.connection.state).toBe('open');
  });

  it('answers a refused login before its CLOSE, also while the caller has another call pending', async () => {
    const server = await startServer(transport);
    const peer = await rawPeer(transport, server.port);
    const closed = new Promise<string>((resolve) =>
      peer.connection.once('close', (info) => resolve(info.reason)),
    );
    // The login is not its caller's only call in flight: over UDP its answer waits for the end of
    // the server's turn, in which the refusal also schedules the close.
    const gated = peer.client(EchoService).say!({ text: 'x' }).catch((e: unknown) => e);
    const reply = (await peer.client(SessionService).login!({
      userId: 'bob',
      password: 'nope',
    })) as unknown as {
      ok: boolean;
      reason: string;
      message: string;
    };
    expect(reply).toMatchObject({ ok: false, reason: 'login-refused', message: 'wrong password' });
    expect(isRpcError(await gated, 'UNAUTHENTICATED')).toBe(true);
    expect(await closed).toBe('login-refused');
  });

  it('stop() is graceful and idempotent: clients see server-shutdown and the port is free', async () => {
    const server = await startServer(transport);
    const alice = client(transport, server.port, { autoReconnect: false });
    await alice.login({ userId: 'alice', password: 'secret' });
    const interrupted = nextEvent<[{ reason: string }]>(alice, 'connectionInterrupted');
    await Promise.all([server.stop(), server.stop()]);
    expect((await interrupted)[0].reason).toBe('server-shutdown');
    if (transport === 'tcp') {
      const probe = createServer();
      await new Promise<void>((resolve, reject) =>
        probe.once('error', reject).listen(server.port, '127.0.0.1', resolve),
      );
      await new Promise((r) => probe.close(r));
    }
  });
});
