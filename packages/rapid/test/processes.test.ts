// The Rapid engines across real processes: a frozen client (SIGSTOP: no FIN, no CLOSE), a server
// restart, and a server killed while a call is in flight.

import { RapidClientEngine, RapidServerEngine, type RapidTransport } from '@heartwire/rapid';
import { isRpcError } from '@heartwire/rpc';
import { afterEach, describe, expect, it } from 'vitest';
import { childMessage, EchoService, forkFixture, killChildren, nextEvent, waitFor } from './helpers.js';

const N = 0.5;
const M = 1.5;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await killChildren();
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});

describe.each(['tcp', 'udp'] as const)('across processes over %s', (transport: RapidTransport) => {
  it('times out a frozen client with the events in order; resumed, it learns why and logs in again', async () => {
    const server = new RapidServerEngine({ transport, heartBeatSpanInSecs: N, timeoutSpanInSecs: M });
    await server.start();
    cleanups.push(() => server.stop());
    const order: string[] = [];
    server.userManager.on('userTimedOut', (user) => order.push(`userTimedOut:${user.userId}`));
    server.userManager.on('userDisconnected', (user, reason) =>
      order.push(`userDisconnected:${user.userId}:${reason}`),
    );
    server.userManager.on('userCountChanged', (count) => order.push(`userCountChanged:${count}`));

    const child = forkFixture('client-child.ts', [transport, String(server.port), 'frozen']);
    await childMessage(child, 'loggedIn');
    await waitFor(() => server.userManager.isOnline('frozen'), 5000);
    order.length = 0;
    const connection = server.userManager.getConnections('frozen')[0]!.connection;
    const closed = nextEvent<[{ reason: string }]>(connection, 'close', 10_000);
    const frozenAt = Date.now();
    child.kill('SIGSTOP');
    const [info] = await closed;
    const detectedAfter = Date.now() - frozenAt;
    expect(info.reason).toBe('heartbeat-timeout');
    // Not before M of silence (the last frame may predate the freeze by up to N), and within M + slack.
    expect(detectedAfter).toBeGreaterThanOrEqual((M - N) * 1000 - 50);
    expect(detectedAfter).toBeLessThan(M * 1000 + 2500);
    await waitFor(() => order.length >= 3, 5000, 'events');
    expect(order).toEqual([
      'userTimedOut:frozen',
      'userDisconnected:frozen:heartbeat-timeout',
      'userCountChanged:0',
    ]);

    const interrupted = childMessage<{ type: string; reason: string }>(child, 'connectionInterrupted');
    const relogged = childMessage(child, 'relogonCompleted');
    child.kill('SIGCONT');
    expect((await interrupted).reason).toBe('heartbeat-timeout');
    await relogged;
    await waitFor(() => server.userManager.isOnline('frozen'), 5000, 'back online');
  }, 30_000);

  it('every client is back and logged in by itself after a server restart', async () => {
    let server = new RapidServerEngine({ transport, heartBeatSpanInSecs: N, timeoutSpanInSecs: M });
    await server.start();
    const port = server.port;
    cleanups.push(() => server.stop());
    const clients = Array.from({ length: 5 }, () => {
      const c = new RapidClientEngine({
        transport,
        port,
        reconnect: { initialDelayMs: 100, maxDelayMs: 400 },
      });
      cleanups.push(() => c.close());
      return c;
    });
    await Promise.all(clients.map((c, i) => c.login({ userId: `u${i}`, password: '' })));
    const back = clients.map((c) => nextEvent(c, 'relogonCompleted', 15_000));
    const interrupted = clients.map((c) => nextEvent<[{ reason: string }]>(c, 'connectionInterrupted'));
    await server.stop();
    for (const [info] of await Promise.all(interrupted)) expect(info.reason).toBe('server-shutdown');
    server = new RapidServerEngine({ transport, port, heartBeatSpanInSecs: N, timeoutSpanInSecs: M });
    await server.start();
    await Promise.all(back);
    await waitFor(() => server.userManager.count === 5, 5000, 'all five online');
    for (const c of clients) expect(c.state).toBe('online');
  }, 30_000);
});

describe('a client frozen long after its time-out (TCP)', () => {
  it('still learns on resume that it was timed out, not a bare reset', async () => {
    const server = new RapidServerEngine({ heartBeatSpanInSecs: N, timeoutSpanInSecs: M });
    await server.start();
    cleanups.push(() => server.stop());
    const child = forkFixture('client-child.ts', ['tcp', String(server.port), 'sleeper']);
    await childMessage(child, 'loggedIn');
    await waitFor(() => server.userManager.isOnline('sleeper'), 5000);
    const disconnected = nextEvent(server.userManager, 'userDisconnected', 10_000);
    child.kill('SIGSTOP');
    await disconnected;
    // Stay frozen past the transport's linger (closeTimeoutMs, 2 s): by then the server has dropped
    // the socket, and any write from the client draws a reset. The client must read the CLOSE
    // frame waiting in its buffer before its heartbeat writes anything.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const interrupted = childMessage<{ type: string; reason: string }>(child, 'connectionInterrupted');
    child.kill('SIGCONT');
    expect((await interrupted).reason).toBe('heartbeat-timeout');
    await childMessage(child, 'relogonCompleted');
  }, 30_000);
});

describe('a server that dies', () => {
  it('rejects a call in flight with UNAVAILABLE at once (TCP)', async () => {
    const child = forkFixture('server-child.ts', ['tcp']);
    const { port } = await childMessage<{ type: string; port: number }>(child, 'listening');
    const client = new RapidClientEngine({ port, autoReconnect: false });
    cleanups.push(() => client.close());
    await client.login({ userId: 'alice' });
    const called = childMessage(child, 'slowCalled');
    const call = client.service(EchoService).slow!({ text: 'x' }, { timeoutMs: 20_000 }).catch(
      (e: unknown) => e,
    );
    await called;
    const killedAt = Date.now();
    child.kill('SIGKILL');
    const error = await call;
    expect(isRpcError(error, 'UNAVAILABLE')).toBe(true);
    // "At once": on the socket's end, not at the heartbeat timeout and never at the 20 s deadline.
    expect(Date.now() - killedAt).toBeLessThan(M * 1000);
  }, 20_000);

  it('is detected by a client within the timeout when it is frozen (UDP and TCP)', async () => {
    for (const transport of ['tcp', 'udp'] as const) {
      const child = forkFixture('server-child.ts', [transport]);
      const { port } = await childMessage<{ type: string; port: number }>(child, 'listening');
      const client = new RapidClientEngine({
        transport,
        port,
        reconnect: { maxAttempts: 1, initialDelayMs: 50 },
      });
      cleanups.push(() => client.close());
      await client.login({ userId: 'alice' });
      const timedOut = nextEvent(client, 'serverTimedOut', 10_000);
      const frozenAt = Date.now();
      child.kill('SIGSTOP');
      await timedOut;
      expect(Date.now() - frozenAt).toBeLessThan(M * 1000 + 2500);
      await killChildren();
    }
  }, 30_000);
});
