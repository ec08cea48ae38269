// A client process frozen with SIGSTOP keeps its TCP connection open (no FIN, the kernel still
// ACKs) or its UDP session alive: only the heartbeat can tell. The server (this process) must time
// it out within M + one tick of its last frame, and not before M.
import { once } from 'node:events';
import { type CloseInfo, type Connection, FrameKind } from '@heartwire/protocol';
import { TcpServerEngine, UdpServerEngine } from '@heartwire/transport';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTickMs, HeartBeatChecker, type TimedOutInfo } from '../src/index.js';
import { Cleanup, expectPortFree, Peer, waitFor } from './real/helpers.js';

const N = 0.5;
const M = 1.5;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe.each(['tcp', 'udp'] as const)('%s: a frozen client process', (transport) => {
  it('is timed out by the server within M + one tick of its last frame', async () => {
    const server = transport === 'tcp' ? new TcpServerEngine() : new UdpServerEngine();
    cleanup.defer(() => server.close());
    await server.start();
    const port = server.port;
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: M, closeOnTimeout: true });
    cleanup.defer(() => checker.close());
    let serverSide: Connection | undefined;
    let lastFrameAt = 0;
    let pings = 0;
    server.on('connection', (connection) => {
      serverSide = connection;
      checker.watch(connection);
      connection.on('frame', (kind) => {
        lastFrameAt = performance.now();
        if (kind === FrameKind.PING) pings++;
      });
    });
    const verdicts: { at: number; state: string; info: TimedOutInfo }[] = [];
    checker.on('timedOut', (connection, info) =>
      verdicts.push({ at: performance.now(), state: connection.state, info }),
    );

    const peer = await Peer.spawn(cleanup);
    peer.send({ cmd: 'connect', transport, port, count: 1, heartBeatSpanInSecs: N });
    await peer.next('connected');
    await waitFor(() => pings >= 4, 'four PINGs (2 s, longer than M) from the live client');
    expect(verdicts).toEqual([]);
    const closed = once(serverSide!, 'close', { signal: AbortSignal.timeout(10_000) });

    peer.freeze();
    await waitFor(() => verdicts.length > 0, 'the verdict on the frozen client', 10_000);
    const since = verdicts[0]!.at - lastFrameAt;
    expect(since).toBeGreaterThanOrEqual(M * 1000);
    expect(since).toBeLessThanOrEqual(M * 1000 + defaultTickMs(M) + 1000);
    // Nothing but the heartbeat noticed: the connection was still open when it was judged.
    expect(verdicts[0]!.state).toBe('open');
    expect(verdicts[0]!.info.silentMs).toBeGreaterThanOrEqual(M * 1000);
    const [info] = (await closed) as [CloseInfo];
    expect(info).toMatchObject({ reason: 'heartbeat-timeout', initiator: 'local' });
    expect(verdicts).toHaveLength(1);

    await peer.kill();
    await server.close();
    await expectPortFree(port, transport);
  });
});
