// The process machinery of the comparison: a forked server child reports ready, answers over IPC,
// and exits by itself when the runner's IPC channel goes away (no orphans even if the runner dies);
// a load child runs the latency role in blocks, on command, so that systems can take turns.

import { afterEach, describe, expect, it } from 'vitest';
import { forkClient, ServerProc, startClient } from '../src/compare/harness.js';
import type { Worker } from '../src/lib/children.js';

const workers: Worker[] = [];

afterEach(() => {
  for (const w of workers.splice(0)) w.kill();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('server child process', () => {
  it('starts, reports its cost, blocks on command, and stops', async () => {
    const server = new ServerProc('raw', { intervalMs: 1000, timeoutMs: 3000 });
    workers.push(server.worker);
    await server.ready();
    expect(server.port).toBeGreaterThan(0);
    const stats = await server.stats();
    expect(stats.connections).toBe(0);
    expect(stats.rss).toBeGreaterThan(0);
    expect(stats.maxRss).toBeGreaterThanOrEqual(stats.rss / 2);
    const t0 = performance.now();
    await server.worker.request({ type: 'block', ms: 200 }, 'unblocked', 10_000);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
    await server.stop();
    expect(alive(server.worker.pid)).toBe(false);
  });

  it('exits by itself when the IPC channel closes', async () => {
    const server = new ServerProc('raw', undefined);
    workers.push(server.worker);
    await server.ready();
    server.worker.child.disconnect();
    const code = await Promise.race([
      server.worker.exited,
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000)),
    ]);
    expect(code).toBe(0);
  });
});

describe('client child process, latency role', () => {
  it('warms up, then runs round trips only in the blocks it is told to, and reports with the last', async () => {
    const server = new ServerProc('raw', undefined);
    const client = forkClient('raw');
    workers.push(server.worker, client);
    await server.ready();
    startClient(client, server.port, { kind: 'latency', warmup: 20, count: 250, size: 64, maxMs: 30_000 });
    await client.waitFor('latency-ready', 30_000);
    const blocks = [];
    for (let i = 0; i < 3; i++)
      blocks.push(await client.request({ type: 'block', count: 100 }, 'block-done', 30_000));
    expect(blocks.map((b) => b.finished)).toEqual([false, false, true]);
    const last = blocks[2]!;
    expect(last.count).toBe(250);
    expect(last.truncated).toBe(false);
    expect(Number(last.p50)).toBeGreaterThan(0);
    expect(Number(last.p99)).toBeGreaterThanOrEqual(Number(last.p50));
    // No block runs after the last: a further one is a failure the child reports, not a silent run.
    await expect(client.request({ type: 'block', count: 100 }, 'block-done', 10_000)).rejects.toThrow(
      /block before the latency role is ready/,
    );
    await server.stop();
  });
});
