import { ConfigError, decodePing, encodePing, encodePong, FrameKind } from '@heartwire/protocol';
import { createMemoryConnectionPair, type MemoryConnection } from '@heartwire/protocol/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { answerPings, HeartBeatChecker, HeartBeater, type HeartBeaterOptions } from '../src/index.js';
import { FakeTime, flush } from './fake-time.js';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface BeaterSetup {
  time: FakeTime;
  beater: HeartBeater;
  client: MemoryConnection;
  server: MemoryConnection;
  pings: number[];
  pongs: { seq: number; rttMs: number }[];
  t0: number;
}

function setup(options: Partial<HeartBeaterOptions> = {}, answer = true): BeaterSetup {
  const time = new FakeTime();
  const [client, server] = createMemoryConnectionPair();
  const beater = new HeartBeater(client, {
    heartBeatSpanInSecs: 1,
    clock: time,
    scheduler: time,
    ...options,
  });
  cleanups.push(() => beater.stop());
  if (answer) cleanups.push(answerPings(server));
  const pings: number[] = [];
  const pongs: BeaterSetup['pongs'] = [];
  beater.on('ping', () => pings.push(time.now()));
  beater.on('pong', (seq, rttMs) => pongs.push({ seq, rttMs }));
  return { time, beater, client, server, pings, pongs, t0: time.now() };
}

describe('HeartBeater', () => {
  it('sends one PING per N on an idle connection, each answered', async () => {
    const { time, pings, pongs, t0 } = setup();
    await time.advance(10_000);
    expect(pings).toEqual(Array.from({ length: 10 }, (_, i) => t0 + 1000 * (i + 1)));
    expect(pongs.map((p) => p.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('sends no PING on a connection busy both ways', async () => {
    const { time, client, server, pings } = setup();
    for (let i = 0; i < 50; i++) {
      await time.advance(200);
      client.send(FrameKind.DATA, Buffer.from('request'));
      server.send(FrameKind.DATA, Buffer.from('response'));
    }
    expect(pings).toEqual([]);
  });

  it('PINGs every N when it only receives (the peer needs bytes from us)', async () => {
    const { time, server, pings, t0 } = setup();
    for (let i = 0; i < 50; i++) {
      await time.advance(200);
      server.send(FrameKind.DATA, Buffer.from('push'));
    }
    expect(pings).toEqual(Array.from({ length: 10 }, (_, i) => t0 + 1000 * (i + 1)));
  });

  it('PINGs when it only sends, to provoke an answer: between N and N + one sample apart', async () => {
    const { time, client, pings, pongs } = setup();
    for (let i = 0; i < 50; i++) {
      await time.advance(200);
      client.send(FrameKind.DATA, Buffer.from('upload'));
    }
    expect(pings.length).toBeGreaterThanOrEqual(7);
    expect(pongs).toHaveLength(pings.length);
    for (let i = 1; i < pings.length; i++) {
      const gap = pings[i]! - pings[i - 1]!;
      expect(gap).toBeGreaterThanOrEqual(1000);
      expect(gap).toBeLessThanOrEqual(1250);
    }
  });

  it('measures RTT from the PONGs: last, smoothed (alpha 1/8), min', async () => {
    const { time, beater, server, pongs } = setup({}, false);
    const waiting: number[] = [];
    server.on('frame', (kind, payload) => {
      if (kind === FrameKind.PING) waiting.push(decodePing(payload) as number);
    });
    expect(beater.rtt).toEqual({ last: undefined, smoothed: undefined, min: undefined });
    await time.advance(1000);
    expect(waiting).toEqual([1]);
    await time.advance(40);
    server.send(FrameKind.PONG, encodePong(waiting.shift()!));
    await flush();
    expect(pongs).toEqual([{ seq: 1, rttMs: 40 }]);
    expect(beater.rtt).toMatchObject({ last: 40, smoothed: 40, min: 40 });
    await time.advance(960); // second PING at t0 + 2000, 1 s after the first
    expect(waiting).toEqual([2]);
    await time.advance(120);
    server.send(FrameKind.PONG, encodePong(waiting.shift()!));
    await flush();
    expect(beater.rtt).toMatchObject({ last: 120, smoothed: 50, min: 40 });
  });

  it('ignores malformed PONGs and PONGs it did not ask for; counts skipped ones as lost', async () => {
    const { time, server, pongs } = setup({}, false);
    const waiting: number[] = [];
    server.on('frame', (kind, payload) => {
      if (kind === FrameKind.PING) waiting.push(decodePing(payload) as number);
    });
    await time.advance(3000);
    expect(waiting).toEqual([1, 2, 3]);
    server.send(FrameKind.PONG, Buffer.from([1, 2, 3]));
    server.send(FrameKind.PONG, encodePong(999));
    server.send(FrameKind.PONG, encodePong(2)); // 1 was lost
    server.send(FrameKind.PONG, encodePong(1)); // too late: given up
    await flush();
    expect(pongs.map((p) => p.seq)).toEqual([2]);
  });

  it('never throws on any PONG payload', async () => {
    const { time, server, pongs } = setup({}, false);
    await time.advance(1000);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 16 }), async (payload) => {
        server.send(FrameKind.PONG, payload);
        await flush();
      }),
      { numRuns: 200 },
    );
    expect(pongs.length).toBeLessThanOrEqual(1);
  });

  it('applies N changed at run time from the next sample', async () => {
    const { time, beater, pings, t0 } = setup();
    await time.advance(1000);
    expect(pings).toEqual([t0 + 1000]);
    beater.heartBeatSpanInSecs = 2;
    expect(time.periods).toEqual([500]);
    await time.advance(4000);
    expect(pings).toEqual([t0 + 1000, t0 + 3000, t0 + 5000]);
    beater.heartBeatSpanInSecs = 0.5;
    await time.advance(1000);
    expect(pings).toEqual([t0 + 1000, t0 + 3000, t0 + 5000, t0 + 5500, t0 + 6000]);
  });

  it('rejects a bad N with ConfigError, at construction and at run time', () => {
    const [client] = createMemoryConnectionPair();
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, null as unknown as number]) {
      expect(() => new HeartBeater(client, { heartBeatSpanInSecs: bad })).toThrow(ConfigError);
    }
    const { beater } = setup();
    expect(() => {
      beater.heartBeatSpanInSecs = 0;
    }).toThrow(ConfigError);
    expect(beater.heartBeatSpanInSecs).toBe(1);
  });

  it('stop() is idempotent and removes its timer and listeners', async () => {
    const { time, beater, client, pings } = setup();
    await time.advance(1000);
    // PINGs and PONGs reach it through `control`: DATA frames never pass through the heartbeat.
    expect(client.listenerCount('frame')).toBe(0);
    expect(client.listenerCount('control')).toBe(2); // the beater and the PING answer
    beater.stop();
    beater.stop();
    expect(beater.stopped).toBe(true);
    expect(time.intervals).toBe(0);
    expect(client.listenerCount('control')).toBe(0);
    expect(client.listenerCount('close')).toBe(0);
    await time.advance(5000);
    expect(pings).toHaveLength(1);
  });

  it('stops by itself when the connection closes; starts stopped on a closed one', async () => {
    const { time, beater, client } = setup();
    await client.close();
    expect(beater.stopped).toBe(true);
    expect(time.intervals).toBe(0);
    const late = new HeartBeater(client, { heartBeatSpanInSecs: 1, clock: time, scheduler: time });
    expect(late.stopped).toBe(true);
    expect(time.intervals).toBe(0);
  });

  it('answers the peer’s PINGs, once even when a checker also watches the connection', async () => {
    const { client, server } = setup();
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: 3 });
    cleanups.push(() => checker.close());
    checker.watch(client);
    const pongs: number[] = [];
    server.on('frame', (kind, payload) => {
      if (kind === FrameKind.PONG) pongs.push(decodePing(payload) as number);
    });
    server.send(FrameKind.PING, encodePing(77));
    await flush();
    expect(pongs).toEqual([77]);
    checker.unwatch(client);
    server.send(FrameKind.PING, encodePing(78));
    await flush();
    expect(pongs).toEqual([77, 78]); // the beater still answers
  });
});

describe('answerPings', () => {
  it('answers each PING with a PONG echoing its sequence, until stopped', async () => {
    const [client, server] = createMemoryConnectionPair();
    const stopA = answerPings(server);
    const stopB = answerPings(server);
    const pongs: number[] = [];
    client.on('frame', (kind, payload) => {
      if (kind === FrameKind.PONG) pongs.push(decodePing(payload) as number);
    });
    client.send(FrameKind.PING, encodePing(0xffffffff));
    await flush();
    expect(pongs).toEqual([0xffffffff]);
    stopA();
    stopA(); // idempotent: does not release B's share
    client.send(FrameKind.PING, encodePing(5));
    await flush();
    expect(pongs).toEqual([0xffffffff, 5]);
    expect(server.listenerCount('control')).toBe(1);
    stopB();
    expect(server.listenerCount('control')).toBe(0);
    client.send(FrameKind.PING, encodePing(6));
    await flush();
    expect(pongs).toEqual([0xffffffff, 5]);
  });

  it('never throws on any PING payload; answers exactly the well-formed ones', async () => {
    const [client, server] = createMemoryConnectionPair();
    cleanups.push(answerPings(server));
    const pongs: Buffer[] = [];
    client.on('frame', (kind, payload) => {
      if (kind === FrameKind.PONG) pongs.push(payload);
    });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 12 }), async (payload) => {
        pongs.length = 0;
        client.send(FrameKind.PING, payload);
        await flush();
        if (payload.byteLength === 4) expect(pongs).toEqual([Buffer.from(payload)]);
        else expect(pongs).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('does not answer once the connection is closing', async () => {
    const [client, server] = createMemoryConnectionPair();
    cleanups.push(answerPings(server));
    client.send(FrameKind.PING, encodePing(1));
    const closing = server.close();
    await closing; // the PING arrives while the server side is closing: no throw, no PONG
    expect(server.state).toBe('closed');
  });
});
