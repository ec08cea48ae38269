// A server whose event loop is blocked for 2 × M (a long synchronous task) while live clients in
// another process (this one) keep heartbeating must time out none of them: what arrived during the
// stall is read before any verdict, and the stall itself is not charged to the clients.
import type { Connection } from '@heartwire/protocol';
import { TcpClientEngine, UdpClientEngine } from '@heartwire/transport';
import { afterEach, expect, it } from 'vitest';
import { HeartBeater } from '../src/index.js';
import { Cleanup, Peer, WAIT_MS } from './real/helpers.js';

const N = 0.5;
const M = 1.5;
const PER_TRANSPORT = 8;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function statsUntil(
  peer: Peer,
  done: (s: Awaited<ReturnType<Peer['stats']>>) => boolean,
  what: string,
): Promise<Awaited<ReturnType<Peer['stats']>>> {
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    const stats = await peer.stats();
    if (done(stats)) return stats;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('a server blocked for 2 × M times out none of its live clients', async () => {
  const peer = await Peer.spawn(cleanup);
  peer.send({ cmd: 'serve', transports: ['tcp', 'udp'], timeoutSpanInSecs: M });
  const { ports } = await peer.next('listening');
  const connections: Connection[] = [];
  const beaters: HeartBeater[] = [];
  for (const transport of ['tcp', 'udp'] as const) {
    for (let i = 0; i < PER_TRANSPORT; i++) {
      const engine =
        transport === 'tcp'
          ? new TcpClientEngine({ port: ports.tcp! })
          : new UdpClientEngine({ port: ports.udp! });
      cleanup.defer(() => engine.close());
      const connection = await engine.connect();
      connections.push(connection);
      const beater = new HeartBeater(connection, { heartBeatSpanInSecs: N });
      cleanup.defer(() => beater.stop());
      beaters.push(beater);
    }
  }
  await statsUntil(peer, (s) => s.watched === 2 * PER_TRANSPORT, 'the server to watch every client');
  let pongs = 0;
  for (const beater of beaters) beater.on('pong', () => pongs++);
  await statsUntil(peer, () => pongs >= 2 * beaters.length, 'two PING/PONG rounds per client');

  peer.send({ cmd: 'block', ms: 2 * M * 1000 });
  const { sweeps } = await peer.next('unblocked', 20_000);
  const ticksPerSpan = 12; // defaultTickMs(1.5) = 125 ms
  const after = await statsUntil(
    peer,
    (s) => s.sweeps >= sweeps + 2 * ticksPerSpan,
    'two timeout spans of verdicts after the stall',
  );
  expect(after.stalledMs).toBeGreaterThanOrEqual(M * 1000);
  expect(after.timedOut).toBe(0);
  expect(after.watched).toBe(2 * PER_TRANSPORT);
  expect(after.open).toBe(2 * PER_TRANSPORT);
  expect(peer.count('timedOut')).toBe(0);
  for (const connection of connections) expect(connection.state).toBe('open');
});
