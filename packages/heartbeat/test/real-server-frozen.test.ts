// The other direction: the server process is frozen with SIGSTOP while the client (this process)
// heartbeats towards it. The client's own checker must time the server out within M + one tick of
// the server's last frame.
import { type Connection, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine, UdpClientEngine } from '@heartwire/transport';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTickMs, HeartBeatChecker, HeartBeater } from '../src/index.js';
import { Cleanup, Peer, waitFor } from './real/helpers.js';

const N = 0.5;
const M = 1.5;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe.each(['tcp', 'udp'] as const)('%s: a frozen server process', (transport) => {
  it('is timed out by the client within M + one tick of its last frame', async () => {
    const peer = await Peer.spawn(cleanup);
    peer.send({ cmd: 'serve', transports: [transport], timeoutSpanInSecs: M });
    const { ports } = await peer.next('listening');
    const port = ports[transport]!;
    const engine = transport === 'tcp' ? new TcpClientEngine({ port }) : new UdpClientEngine({ port });
    cleanup.defer(() => engine.close());
    const connection: Connection = await engine.connect();
    const beater = new HeartBeater(connection, { heartBeatSpanInSecs: N });
    cleanup.defer(() => beater.stop());
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: M });
    cleanup.defer(() => checker.close());
    checker.watch(connection);
    let lastFrameAt = performance.now();
    let pongs = 0;
    connection.on('frame', (kind) => {
      lastFrameAt = performance.now();
      if (kind === FrameKind.PONG) pongs++;
    });
    const verdicts: { at: number; state: string }[] = [];
    checker.on('timedOut', (c) => verdicts.push({ at: performance.now(), state: c.state }));

    await waitFor(() => pongs >= 4, 'four PONGs (2 s, longer than M) from the live server');
    expect(verdicts).toEqual([]);
    expect(beater.rtt.last).toBeGreaterThanOrEqual(0);
    expect(beater.rtt.min).toBeLessThanOrEqual(beater.rtt.smoothed!);
    expect(beater.rtt.smoothed).toBeLessThan(1000);

    peer.freeze();
    await waitFor(() => verdicts.length > 0, 'the verdict on the frozen server', 10_000);
    const since = verdicts[0]!.at - lastFrameAt;
    expect(since).toBeGreaterThanOrEqual(M * 1000);
    expect(since).toBeLessThanOrEqual(M * 1000 + defaultTickMs(M) + 1000);
    expect(verdicts[0]!.state).toBe('open');
    expect(checker.size).toBe(0);
  });
});
