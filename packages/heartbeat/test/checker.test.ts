import {
  type CloseInfo,
  ConfigError,
  type Connection,
  decodeClose,
  encodePing,
  encodePong,
  FrameKind,
  HeartwireError,
} from '@heartwire/protocol';
import { createMemoryConnectionPair, type MemoryConnection } from '@heartwire/protocol/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultTickMs,
  HeartBeatChecker,
  type HeartBeatCheckerOptions,
  type TimedOutInfo,
} from '../src/index.js';
import { FakeTime } from './fake-time.js';

type CheckerSetup = {
  time: FakeTime;
  checker: HeartBeatChecker;
  client: MemoryConnection;
  server: MemoryConnection;
  timeouts: { connection: Connection; info: TimedOutInfo; at: number }[];
  t0: number;
};

const checkers: HeartBeatChecker[] = [];

afterEach(() => {
  for (const checker of checkers.splice(0)) checker.close();
});

function setup(options: Partial<HeartBeatCheckerOptions> = {}): CheckerSetup {
  const time = new FakeTime();
  const checker = new HeartBeatChecker({ timeoutSpanInSecs: 3, clock: time, scheduler: time, ...options });
  checkers.push(checker);
  const [client, server] = createMemoryConnectionPair();
  const timeouts: CheckerSetup['timeouts'] = [];
  checker.on('timedOut', (connection, info) => timeouts.push({ connection, info, at: time.now() }));
  checker.watch(server);
  return { time, checker, client, server, timeouts, t0: time.now() };
}

describe('HeartBeatChecker detection', () => {
  it('times out a silent connection exactly M after watch() started', async () => {
    const { time, checker, server, timeouts, t0 } = setup();
    await time.advance(2999);
    expect(timeouts).toHaveLength(0);
    expect(checker.size).toBe(1);
    await time.advance(1);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.connection).toBe(server);
    expect(timeouts[0]!.at).toBe(t0 + 3000);
    expect(timeouts[0]!.info).toEqual({
      silentMs: 3000,
      timeoutSpanInSecs: 3,
      bytesReceived: 0,
      queuedOutboundBytes: 0,
    });
    expect(checker.size).toBe(0);
    expect(checker.stats.timedOut).toBe(1);
    expect(server.state).toBe('open'); // the layer above decides; closeOnTimeout is off
  });

  it('counts from the tick that saw the last byte: within M + one tick of the last frame, never before M', async () => {
    const { time, client, timeouts, t0 } = setup();
    await time.advance(1100);
    client.send(FrameKind.DATA, Buffer.from('last words'));
    await time.advanceTo(t0 + 4249);
    expect(timeouts).toHaveLength(0);
    await time.advanceTo(t0 + 4250);
    expect(timeouts).toHaveLength(1);
    const sinceLastFrame = timeouts[0]!.at - (t0 + 1100);
    expect(sinceLastFrame).toBeGreaterThanOrEqual(3000);
    expect(sinceLastFrame).toBeLessThanOrEqual(3000 + 250);
  });

  it.each([
    ['DATA', FrameKind.DATA, Buffer.from('x')],
    ['PING', FrameKind.PING, encodePing(1)],
    ['PONG', FrameKind.PONG, encodePong(1)],
  ] as const)('any inbound frame keeps it alive: %s', async (_name, kind, payload) => {
    const { time, client, timeouts, t0 } = setup();
    for (let i = 0; i < 10; i++) {
      await time.advance(2000);
      client.send(kind, payload);
    }
    await time.advance(1);
    expect(timeouts).toHaveLength(0);
    // Last frame at t0 + 20000, just after that instant's sweep: seen at t0 + 20250, expiry 3 s later.
    await time.advanceTo(t0 + 23_249);
    expect(timeouts).toHaveLength(0);
    await time.advanceTo(t0 + 23_250);
    expect(timeouts).toHaveLength(1);
  });

  it('bytes of a frame still on its way prove the peer alive', async () => {
    const { time, server, timeouts, t0 } = setup();
    for (let i = 0; i < 20; i++) {
      await time.advance(1000);
      server.receivePartialBytes(64 * 1024);
    }
    await time.advanceTo(t0 + 23_249);
    expect(timeouts).toHaveLength(0);
    await time.advanceTo(t0 + 23_250);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.info.bytesReceived).toBe(20 * 64 * 1024);
  });

  it('does not count our own sends as the peer being alive', async () => {
    const { time, server, timeouts, t0 } = setup();
    for (let i = 0; i < 5; i++) {
      await time.advance(500);
      server.send(FrameKind.DATA, Buffer.alloc(1000));
    }
    await time.advanceTo(t0 + 3000);
    expect(timeouts).toHaveLength(1);
  });

  it('does not charge the peer while our queued outbound bytes move; does once they stop', async () => {
    // (idle PINGs off: this in-memory link would flush them past the queue it pretends to have)
    const { time, server, timeouts, t0 } = setup({ idlePingSecs: false });
    server.bytesSent += 1_000_000; // a large frame queued towards the peer, not yet handed to the OS
    let lastMove = 0;
    for (let i = 0; i < 20; i++) {
      await time.advance(500);
      server.bytesFlushed += 10_000;
      lastMove = time.now();
    }
    expect(timeouts).toHaveLength(0);
    // The last movement (t0 + 10000, after that instant's sweep) is seen at t0 + 10250.
    expect(lastMove).toBe(t0 + 10_000);
    await time.advanceTo(t0 + 13_249);
    expect(timeouts).toHaveLength(0);
    await time.advanceTo(t0 + 13_250);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.info.queuedOutboundBytes).toBe(1_000_000 - 200_000);
  });

  it('times a connection out at most once, and unwatches it first', async () => {
    const { time, checker, server, timeouts } = setup();
    checker.on('timedOut', (connection) => {
      expect(checker.has(connection)).toBe(false);
      checker.watch(server); // watching it again is allowed: a new span starts
    });
    await time.advance(3000);
    expect(timeouts).toHaveLength(1);
    expect(checker.has(server)).toBe(true);
    await time.advance(2999);
    expect(timeouts).toHaveLength(1);
    await time.advance(1);
    expect(timeouts).toHaveLength(2);
  });

  it('judges the other connections when a timedOut listener throws, then rethrows', async () => {
    const time = new FakeTime();
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: 3, clock: time, scheduler: time });
    checkers.push(checker);
    const servers = [createMemoryConnectionPair()[1], createMemoryConnectionPair()[1]];
    for (const s of servers) checker.watch(s);
    const seen: Connection[] = [];
    checker.on('timedOut', (connection) => {
      seen.push(connection);
      throw new Error('listener bug');
    });
    await expect(time.advance(3000)).rejects.toThrow('listener bug');
    expect(seen).toEqual(servers);
    expect(checker.size).toBe(0);
  });
});

describe('HeartBeatChecker idle PINGs', () => {
  function pingsSeenBy(client: MemoryConnection, time: FakeTime): number[] {
    const at: number[] = [];
    client.on('frame', (kind) => {
      if (kind === FrameKind.PING) at.push(time.now());
    });
    return at;
  }

  it('PINGs a connection on which it has sent nothing for M / 2, so the peer hears from us', async () => {
    const { time, client, timeouts, t0 } = setup();
    const pings = pingsSeenBy(client, time);
    for (let i = 0; i < 30; i++) {
      await time.advance(200); // the client uploads: alive, but we send it nothing
      client.send(FrameKind.DATA, Buffer.from('upload'));
    }
    expect(timeouts).toHaveLength(0);
    // First at M / 2; then M / 2 after the sweep that saw the PING go out.
    expect(pings).toEqual([t0 + 1500, t0 + 3250, t0 + 5000]);
  });

  it('sends no idle PING on a connection answering a peer that PINGs every N', async () => {
    const { time, client, timeouts } = setup();
    const pings = pingsSeenBy(client, time);
    for (let i = 0; i < 20; i++) {
      await time.advance(1000);
      client.send(FrameKind.PING, encodePing(i)); // answered with a PONG: we send every N
    }
    expect(pings).toEqual([]);
    expect(timeouts).toHaveLength(0);
  });

  it('can be turned off, or set explicitly below M', async () => {
    const off = setup({ idlePingSecs: false });
    const none = pingsSeenBy(off.client, off.time);
    await off.time.advance(2999);
    expect(none).toEqual([]);
    expect(off.checker.idlePingSecs).toBe(false);
    const fast = setup({ idlePingSecs: 0.5 });
    const some = pingsSeenBy(fast.client, fast.time);
    await fast.time.advance(1250);
    expect(some).toEqual([fast.t0 + 500, fast.t0 + 1250]);
    expect(() => new HeartBeatChecker({ timeoutSpanInSecs: 3, idlePingSecs: 3 })).toThrow(ConfigError);
    expect(() => new HeartBeatChecker({ timeoutSpanInSecs: 3, idlePingSecs: 0 })).toThrow(ConfigError);
    expect(() => {
      fast.checker.timeoutSpanInSecs = 0.5;
    }).toThrow(/idlePingSecs/);
  });
});

describe('HeartBeatChecker stall tolerance', () => {
  it('reads what arrived during a stall before judging (verdict deferred past the poll phase)', async () => {
    const { time, checker, client, timeouts } = setup();
    await time.advance(2900); // 2.9 s silent: 0.1 s from the verdict
    // Blocked 5 s; the peer's frame arrived meanwhile and sits unread until the poll phase.
    await time.stall(5000, () => client.send(FrameKind.DATA, Buffer.from('alive')));
    expect(timeouts).toHaveLength(0);
    expect(checker.stats.stalledMs).toBe(5150 - 1000); // gap since the last sweep, minus 4 ticks charged
    const stallEnd = time.now();
    await time.advance(2999);
    expect(timeouts).toHaveLength(0);
    await time.advance(1);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.at).toBe(stallEnd + 3000);
  });

  it('does not charge the length of a local stall to a silent peer', async () => {
    const { time, timeouts } = setup();
    await time.advance(1500);
    await time.stall(10_000); // nothing arrived: only 4 ticks (1 s) of the 10 s are charged
    expect(timeouts).toHaveLength(0);
    const stallEnd = time.now();
    await time.advance(499);
    expect(timeouts).toHaveLength(0);
    await time.advance(1);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.at).toBe(stallEnd + 500);
    expect(timeouts[0]!.info.silentMs).toBe(3000);
  });
});

describe('HeartBeatChecker configuration', () => {
  it('applies a longer M changed at run time from the next tick', async () => {
    const { time, checker, timeouts, t0 } = setup();
    await time.advance(1000);
    checker.timeoutSpanInSecs = 6;
    await time.advanceTo(t0 + 5999);
    expect(timeouts).toHaveLength(0);
    await time.advanceTo(t0 + 6000);
    expect(timeouts).toHaveLength(1);
  });

  it('applies a shorter M changed at run time from the next tick', async () => {
    const { time, checker, timeouts, t0 } = setup({ timeoutSpanInSecs: 6 });
    await time.advance(4000);
    expect(timeouts).toHaveLength(0);
    checker.timeoutSpanInSecs = 3;
    await time.advance(249);
    expect(timeouts).toHaveLength(0);
    await time.advance(1);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]!.at).toBe(t0 + 4250);
  });

  it('derives the tick from M (M a whole number of ticks, at most 250 ms) and reschedules on change', async () => {
    expect(defaultTickMs(3)).toBe(250);
    expect(defaultTickMs(30)).toBe(250);
    expect(defaultTickMs(1.5)).toBe(125);
    expect(defaultTickMs(3.1)).toBeCloseTo(3100 / 13);
    const { time, checker } = setup();
    expect(time.periods).toEqual([250]);
    checker.timeoutSpanInSecs = 1.5;
    expect(checker.tickMs).toBe(125);
    expect(time.periods).toEqual([125]);
  });

  it('uses one shared timer however many connections, and none when idle', async () => {
    const time = new FakeTime();
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: 3, clock: time, scheduler: time });
    checkers.push(checker);
    expect(time.intervals).toBe(0);
    const servers = Array.from({ length: 1000 }, () => createMemoryConnectionPair()[1]);
    for (const s of servers) checker.watch(s);
    checker.watch(servers[0]!); // twice: no effect
    expect(checker.size).toBe(1000);
    expect(time.intervals).toBe(1);
    let count = 0;
    checker.on('timedOut', () => count++);
    await time.advance(3000);
    expect(count).toBe(1000);
    expect(time.intervals).toBe(0);
  });

  it('rejects bad spans and ticks with ConfigError, keeping the old value', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 3e9, '3' as unknown as number]) {
      expect(() => new HeartBeatChecker({ timeoutSpanInSecs: bad })).toThrow(ConfigError);
    }
    expect(() => new HeartBeatChecker({ timeoutSpanInSecs: 1, tickMs: 2000 })).toThrow(ConfigError);
    expect(() => new HeartBeatChecker({ timeoutSpanInSecs: 1, tickMs: 0 })).toThrow(ConfigError);
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: 3, tickMs: 500 });
    checkers.push(checker);
    expect(() => {
      checker.timeoutSpanInSecs = -3;
    }).toThrow(ConfigError);
    expect(() => {
      checker.timeoutSpanInSecs = 0.4; // shorter than the explicit tick
    }).toThrow(/tickMs/);
    expect(checker.timeoutSpanInSecs).toBe(3);
    expect(checker.tickMs).toBe(500);
  });
});

describe('HeartBeatChecker lifecycle', () => {
  it('unwatches a connection when it closes, and stops its timer', async () => {
    const { time, checker, client, server, timeouts } = setup();
    await client.close();
    expect(server.state).toBe('closed');
    expect(checker.size).toBe(0);
    expect(time.intervals).toBe(0);
    expect(server.listenerCount('close')).toBe(0);
    expect(server.listenerCount('control')).toBe(0);
    await time.advance(10_000);
    expect(timeouts).toHaveLength(0);
  });

  it('ignores connections that are no longer open', async () => {
    const { time, checker, client } = setup();
    await client.close();
    checker.watch(client);
    expect(checker.size).toBe(0);
    expect(time.intervals).toBe(0);
  });

  it('close() unwatches everything, is idempotent, and refuses watch() after', async () => {
    const { time, checker, server, timeouts } = setup();
    checker.close();
    checker.close();
    expect(checker.size).toBe(0);
    expect(time.intervals).toBe(0);
    expect(server.listenerCount('close')).toBe(0);
    await time.advance(10_000);
    expect(timeouts).toHaveLength(0);
    expect(() => checker.watch(server)).toThrow(HeartwireError);
    expect(() => checker.watch(server)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_STATE' }));
  });

  it('supports `using` (Symbol.dispose)', () => {
    const [, server] = createMemoryConnectionPair();
    {
      using checker = new HeartBeatChecker({ timeoutSpanInSecs: 3 });
      checker.watch(server);
      expect(server.listenerCount('close')).toBe(1);
    }
    expect(server.listenerCount('close')).toBe(0);
  });

  it('with closeOnTimeout: timedOut, then CLOSE heartbeat-timeout to the peer, then close', async () => {
    const { time, client, server } = { ...setup({ closeOnTimeout: true }) };
    const order: string[] = [];
    const checker = checkers.at(-1)!;
    checker.on('timedOut', (connection) => order.push(`timedOut:${connection.state}`));
    server.on('close', (info: CloseInfo) => order.push(`close:${info.reason}:${info.initiator}`));
    const clientClosed = new Promise<CloseInfo>((resolve) => client.once('close', resolve));
    client.frozen = true; // a peer that stopped sending without a FIN
    await time.advance(3000);
    expect(order).toEqual(['timedOut:open', 'close:heartbeat-timeout:local']);
    const info = await clientClosed;
    expect(info.reason).toBe('heartbeat-timeout');
    expect(info.initiator).toBe('remote');
    expect(info.message).toMatch(/nothing received for 3000 ms/);
  });

  it('sends a CLOSE frame whose code decodes to heartbeat-timeout', async () => {
    const { time, client, server } = setup({ closeOnTimeout: true });
    const frames: Buffer[] = [];
    server.dropFilter = (kind, payload) => {
      if (kind === FrameKind.CLOSE) frames.push(payload);
      return false;
    };
    client.frozen = true;
    await time.advance(3000);
    expect(frames).toHaveLength(1);
    const close = decodeClose(frames[0]!);
    expect(close).toMatchObject({ code: 1002, reason: 'heartbeat-timeout' });
  });
});
