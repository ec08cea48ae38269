// Beater and checkers together over an in-memory pair, on fake time: the shapes a client and a
// server assemble.
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { HeartBeatChecker, HeartBeater, validateSpans } from '../src/index.js';
import { FakeTime } from './fake-time.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function assemble(options: { udp?: boolean } = {}) {
  const time = new FakeTime();
  const [client, server] = createMemoryConnectionPair(options.udp ? { transport: 'udp' } : {});
  const beater = new HeartBeater(client, { heartBeatSpanInSecs: 1, clock: time, scheduler: time });
  const clientChecker = new HeartBeatChecker({ timeoutSpanInSecs: 3, clock: time, scheduler: time });
  const serverChecker = new HeartBeatChecker({
    timeoutSpanInSecs: 3,
    closeOnTimeout: true,
    clock: time,
    scheduler: time,
  });
  clientChecker.watch(client);
  serverChecker.watch(server);
  cleanups.push(
    () => beater.stop(),
    () => clientChecker.close(),
    () => serverChecker.close(),
  );
  const lastFrameAt = { client: time.now(), server: time.now() };
  server.on('frame', () => {
    lastFrameAt.client = time.now();
  });
  client.on('frame', () => {
    lastFrameAt.server = time.now();
  });
  const timedOut: { side: string; at: number }[] = [];
  clientChecker.on('timedOut', () => timedOut.push({ side: 'client', at: time.now() }));
  serverChecker.on('timedOut', () => timedOut.push({ side: 'server', at: time.now() }));
  return { time, client, server, beater, timedOut, lastFrameAt };
}

describe('HeartBeater + HeartBeatChecker', () => {
  it('keeps an idle pair alive indefinitely with one PING/PONG per N', async () => {
    validateSpans(1, 3);
    const { time, beater, timedOut, client } = assemble();
    let pings = 0;
    beater.on('ping', () => pings++);
    await time.advance(120_000);
    expect(timedOut).toEqual([]);
    expect(pings).toBe(120);
    expect(client.state).toBe('open');
  });

  it('the server times out a frozen client within M + one tick of its last frame', async () => {
    const { time, client, server, timedOut, lastFrameAt } = assemble();
    await time.advance(10_100);
    client.frozen = true;
    await time.advance(5000);
    const verdict = timedOut.find((t) => t.side === 'server');
    expect(verdict).toBeDefined();
    const since = verdict!.at - lastFrameAt.client;
    expect(since).toBeGreaterThanOrEqual(3000);
    expect(since).toBeLessThanOrEqual(3250);
    expect(server.state).toBe('closed');
  });

  it('the client times out a frozen server within M + one tick of its last frame', async () => {
    const { time, server, timedOut, lastFrameAt } = assemble();
    await time.advance(10_100);
    server.frozen = true;
    await time.advance(5000);
    const verdict = timedOut.find((t) => t.side === 'client');
    expect(verdict).toBeDefined();
    const since = verdict!.at - lastFrameAt.server;
    expect(since).toBeGreaterThanOrEqual(3000);
    expect(since).toBeLessThanOrEqual(3250);
  });

  it('tolerates one lost PING or PONG in three on a datagram link', async () => {
    const { time, client, server, timedOut } = assemble({ udp: true });
    let n = 0;
    client.dropFilter = () => n++ % 3 === 0;
    server.dropFilter = () => n++ % 3 === 1;
    await time.advance(60_000);
    expect(timedOut).toEqual([]);
  });
});
