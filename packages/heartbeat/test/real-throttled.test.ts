// Through a link throttled to 256 KiB/s each way, a client sending large frames back to back (each
// several times M on the wire) is timed out by neither side: the server sees bytes arriving, and
// the client sees its own outbound still draining towards the server, which is not charged to the
// server. Then the server is frozen with a large frame queued towards it: once nothing moves any
// more, the client times it out within M + one tick of its last progress.
import { once } from 'node:events';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine } from '@heartwire/transport';
import { afterEach, expect, it } from 'vitest';
import { defaultTickMs, HeartBeatChecker, HeartBeater, type TimedOutInfo } from '../src/index.js';
import { Cleanup, expectPortFree, Peer, waitFor } from './real/helpers.js';
import { ThrottleProxy } from './real/throttle-proxy.js';

const N = 0.5;
const M = 1.5;
const RATE = 256 * 1024;
const FRAME_BYTES = 1024 * 1024; // 4 s on the wire at 256 KiB/s: 2.7 × M
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** Sends `frame` back to back, waiting for `drain` when the send buffer is full, until stopped. */
function sendBackToBack(connection: Connection, frame: Buffer): { stop(): void } {
  let stopped = false;
  void (async () => {
    while (!stopped && connection.state === 'open') {
      if (connection.send(FrameKind.DATA, frame)) continue;
      await Promise.race([once(connection, 'drain'), once(connection, 'close')]);
    }
  })().catch(() => undefined);
  return {
    stop: () => {
      stopped = true;
    },
  };
}

it('a throttled link with large frames in flight times out neither side; a frozen server behind it is detected', async () => {
  const peer = await Peer.spawn(cleanup);
  peer.send({ cmd: 'serve', transports: ['tcp'], timeoutSpanInSecs: M });
  const { ports } = await peer.next('listening');
  const proxy = new ThrottleProxy(ports.tcp!, RATE);
  cleanup.defer(() => proxy.close());
  const proxyPort = await proxy.start();

  const engine = new TcpClientEngine({ port: proxyPort });
  cleanup.defer(() => engine.close());
  const connection = await engine.connect();
  const beater = new HeartBeater(connection, { heartBeatSpanInSecs: N });
  cleanup.defer(() => beater.stop());
  const checker = new HeartBeatChecker({ timeoutSpanInSecs: M });
  cleanup.defer(() => checker.close());
  checker.watch(connection);
  const verdicts: { at: number; info: TimedOutInfo }[] = [];
  checker.on('timedOut', (_c, info) => verdicts.push({ at: performance.now(), info }));

  // Progress as the checker defines it: bytes in, or our queued bytes moving out.
  let lastProgressAt = performance.now();
  let seen = { received: connection.bytesReceived, flushed: connection.bytesFlushed };
  const probe = setInterval(() => {
    const now = { received: connection.bytesReceived, flushed: connection.bytesFlushed };
    if (now.received !== seen.received || now.flushed !== seen.flushed) lastProgressAt = performance.now();
    seen = now;
  }, 5);
  cleanup.defer(() => clearInterval(probe));

  const sender = sendBackToBack(connection, Buffer.alloc(FRAME_BYTES, 0x5a));
  cleanup.defer(() => sender.stop());
  await waitFor(() => peer.count('data') >= 2, 'two 1 MiB frames through the throttled link', 40_000);
  expect(verdicts).toEqual([]);
  expect(peer.count('timedOut')).toBe(0);
  expect(connection.state).toBe('open');

  // Freeze the server with frames still queued towards it; the link fills up, then nothing moves.
  peer.freeze();
  await waitFor(() => verdicts.length > 0, 'the verdict on the frozen server', 60_000);
  const since = verdicts[0]!.at - lastProgressAt;
  expect(since).toBeGreaterThanOrEqual(M * 1000 - 20); // the probe samples every 5 ms
  expect(since).toBeLessThanOrEqual(M * 1000 + defaultTickMs(M) + 1000);
  expect(verdicts[0]!.info.queuedOutboundBytes).toBeGreaterThan(0);

  sender.stop();
  await engine.close();
  await proxy.close();
  await expectPortFree(proxyPort, 'tcp');
}, 120_000);
