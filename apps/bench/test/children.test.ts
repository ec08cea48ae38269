// The process machinery of the comparison: a forked server child reports ready, answers over IPC,
// and exits by itself when the runner's IPC channel goes away (no orphans even if the runner dies).

import { afterEach, describe, expect, it } from 'vitest';
import { ServerProc } from '../src/compare/harness.js';
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
