// The five scenarios of the comparison. A full run measures the systems one after the other with
// fresh processes, so one system's garbage or open sockets never weigh on the next one's numbers;
// a quick run reuses processes and runs the systems side by side (a smoke test, not a measurement).
// A system that fails a scenario is recorded as a failure and the run goes on with the others.

import type { Worker } from '../lib/children.js';
import { median } from '../lib/stats.js';
import { loadSystem } from '../systems/index.js';
import type { SystemName } from '../systems/types.js';
import type { CompareConfig } from './config.js';
import { type ProcessPool, type Scope, sleep, startClient } from './harness.js';
import type {
  CompareResults,
  DetectionResult,
  IdleResult,
  StallResult,
  ThroughputResult,
} from './results.js';

export interface RunContext {
  readonly cfg: CompareConfig;
  readonly systems: readonly SystemName[];
  readonly results: CompareResults;
  readonly pool: ProcessPool;
  readonly log: (line: string) => void;
}

/** Runs `body` for every system: one after the other, or all at once in a quick run. */
async function eachSystem(ctx: RunContext, body: (system: SystemName) => Promise<void>): Promise<void> {
  if (ctx.cfg.parallel) {
    await Promise.all(ctx.systems.map(body));
    return;
  }
  for (const system of ctx.systems) await body(system);
}

/** Runs one measurement in a process scope; a failure is recorded and yields undefined. */
async function guarded<T>(
  ctx: RunContext,
  what: string,
  body: (scope: Scope) => Promise<T>,
): Promise<T | undefined> {
  try {
    return await ctx.pool.scope(body);
  } catch (error) {
    const message = `${what}: ${(error as Error).message}`;
    ctx.log(`  ✖ ${message}`);
    ctx.results.failures.push(message);
    return undefined;
  }
}

export async function latencyScenario(ctx: RunContext): Promise<void> {
  const l = ctx.cfg.latency;
  await eachSystem(ctx, async (system) => {
    const r = await guarded(ctx, `latency/${system}`, async (scope) => {
      const client = scope.client(system);
      const server = await scope.server(system, undefined);
      startClient(client, server.port, { kind: 'latency', ...l });
      const m = await client.waitFor('result', l.maxMs + 30_000);
      return {
        system,
        count: Number(m.count),
        p50: Number(m.p50),
        p99: Number(m.p99),
        p999: Number(m.p999),
        max: Number(m.max),
      };
    });
    if (r) {
      ctx.results.latency.push(r);
      ctx.log(
        `  latency ${system}: p50 ${r.p50.toFixed(1)} µs, p99 ${r.p99.toFixed(1)} µs (${r.count} samples)`,
      );
    }
  });
}

export async function throughputScenario(ctx: RunContext): Promise<void> {
  const t = ctx.cfg.throughput;
  for (const shape of t.shapes) {
    await eachSystem(ctx, async (system) => {
      const runs: {
        rps: number;
        cpu: number;
        perRequest: number;
        rss: number;
        errors: number;
        firstError: string;
      }[] = [];
      for (let run = 0; run < t.runs; run++) {
        const what = `throughput ${shape.connections}×${shape.inFlight}/${system} run ${run + 1}`;
        const r = await guarded(ctx, what, async (scope) => {
          const client = scope.client(system);
          const server = await scope.server(system, undefined);
          startClient(client, server.port, {
            kind: 'throughput',
            ...shape,
            windowMs: t.windowMs,
            size: t.size,
          });
          const connected = await client.waitFor('connected', 60_000);
          if (Number(connected.failed) > 0) throw new Error(`${String(connected.failed)} connections failed`);
          const before = await server.stats();
          client.send({ type: 'go' });
          const m = await client.waitFor('result', t.windowMs + 60_000);
          const after = await server.stats();
          const completed = Number(m.completed);
          const errors = Number(m.errors);
          // Zero answers in the window with errors is a failure; without errors it is a (bad) measurement.
          if (!(completed > 0) && errors > 0)
            throw new Error(`no request completed: ${String(m.firstError)}`);
          return {
            rps: completed / (Number(m.elapsedMs) / 1000),
            // CPU over the window and the drain of the requests still in flight at its end.
            cpu: (after.cpuMicros - before.cpuMicros) / 1e6,
            perRequest: completed > 0 ? (after.cpuMicros - before.cpuMicros) / completed : Number.NaN,
            rss: after.maxRss,
            errors,
            firstError: String(m.firstError ?? ''),
          };
        });
        if (r) runs.push(r);
      }
      if (runs.length === 0) return;
      const result: ThroughputResult = {
        system,
        connections: shape.connections,
        inFlight: shape.inFlight,
        requestsPerSec: median(runs.map((r) => r.rps)),
        serverCpuSecs: median(runs.map((r) => r.cpu)),
        serverCpuMicrosPerRequest: median(runs.map((r) => r.perRequest)),
        serverPeakRss: median(runs.map((r) => r.rss)),
        runs: runs.map((r) => r.rps),
        errors: runs.reduce((s, r) => s + r.errors, 0),
        firstError: runs.find((r) => r.firstError)?.firstError ?? '',
      };
      ctx.results.throughput.push(result);
      ctx.log(
        `  throughput ${shape.connections}×${shape.inFlight} ${system}: ${Math.round(result.requestsPerSec)} req/s`,
      );
    });
  }
}

/** `clients` heartbeating clients spread over processes of at most `perProcess` (at least `minProcesses` when there are that many clients). */
async function holdClients(
  ctx: RunContext,
  scope: Scope,
  system: SystemName,
  port: number,
  clients: number,
  perProcess: number,
  minProcesses = 2,
): Promise<{ workers: Worker[]; connected: number; failed: number }> {
  const processes = Math.max(Math.min(minProcesses, clients), Math.ceil(clients / perProcess), 1);
  const workers: Worker[] = [];
  for (let i = 0; i < processes; i++) {
    const share = Math.floor(clients / processes) + (i < clients % processes ? 1 : 0);
    const w = scope.client(system, `clients ${i + 1}`);
    startClient(w, port, { kind: 'hold', clients: share, heartbeat: ctx.cfg.heartbeat });
    workers.push(w);
  }
  let connected = 0;
  let failed = 0;
  for (const w of workers) {
    const m = await w.waitFor('connected', 180_000);
    connected += Number(m.count);
    failed += Number(m.failed);
  }
  return { workers, connected, failed };
}

async function clientsLost(workers: readonly Worker[]): Promise<number> {
  let lost = 0;
  for (const w of workers) lost += Number((await w.request({ type: 'lost?' }, 'lost', 30_000)).lost);
  return lost;
}

function describe(reasons: Readonly<Record<string, number>>): string {
  return Object.entries(reasons)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
}

function diff(
  after: Readonly<Record<string, number>>,
  before: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d > 0) out[k] = d;
  }
  return out;
}

export async function idleScenario(ctx: RunContext): Promise<void> {
  const { cfg } = ctx;
  for (const size of cfg.idle.sizes) {
    await eachSystem(ctx, async (system) => {
      const r = await guarded(ctx, `idle ${size}/${system}`, async (scope): Promise<IdleResult> => {
        const server = await scope.server(system, cfg.heartbeat);
        // A first 5 % of the clients pays the one-time costs (code compiled for the connection
        // path, heap and pool reservations), so the baseline after them leaves only what each
        // further connection costs.
        const warmCount = Math.max(1, Math.ceil(size * 0.05));
        const warm = await holdClients(ctx, scope, system, server.port, warmCount, warmCount, 1);
        await sleep(Math.max(1000, cfg.heartbeat.intervalMs * 2));
        const base = await server.statsAfterGc();
        const rest = await holdClients(
          ctx,
          scope,
          system,
          server.port,
          size - warmCount,
          cfg.idle.clientsPerProcess,
        );
        const workers = [...warm.workers, ...rest.workers];
        const failed = warm.failed + rest.failed;
        if (failed > size / 100) throw new Error(`${failed} of ${size} clients failed to connect`);
        // Let connection set-up garbage and the first heartbeats settle before the window.
        await sleep(Math.max(1000, cfg.heartbeat.intervalMs * 2));
        const before = await server.stats();
        const lostBefore = await clientsLost(workers);
        await sleep(cfg.idle.windowMs);
        const after = await server.stats();
        const lostAfter = await clientsLost(workers);
        const gcd = await server.statsAfterGc();
        const added = Math.max(1, gcd.connections - base.connections);
        return {
          system,
          clients: size,
          connected: warm.connected + rest.connected,
          cpuPercent: ((after.cpuMicros - before.cpuMicros) / 1000 / cfg.idle.windowMs) * 100,
          rssPerConnection: (gcd.rss - base.rss) / added,
          heapPerConnection: (gcd.heap - base.heap) / added,
          falseTimeouts: Math.max(after.disconnects - before.disconnects, lostAfter - lostBefore),
          serverTimeouts: after.timeouts - before.timeouts,
          detail: describe(diff(after.reasons, before.reasons)),
        };
      });
      if (r) {
        ctx.results.idle.push(r);
        ctx.log(
          `  idle ${size} ${system}: CPU ${r.cpuPercent.toFixed(2)} %, ${Math.round(r.rssPerConnection)} B RSS/conn, ${Math.round(r.heapPerConnection)} B heap/conn, ${r.falseTimeouts} false timeouts`,
        );
      }
    });
  }
}

export async function detectionScenario(ctx: RunContext): Promise<void> {
  const hb = ctx.cfg.heartbeat;
  await eachSystem(ctx, async (system) => {
    const adapter = await loadSystem(system);
    const eventType = adapter.hasTimeoutEvent ? 'timeout' : 'disconnect';
    const r = await guarded(ctx, `detection/${system}`, async (scope): Promise<DetectionResult> => {
      const server = await scope.server(system, hb);
      const samples: number[] = [];
      for (let i = 0; i < ctx.cfg.detection.repeats; i++) {
        const client = scope.freshClient(system, `frozen client ${i + 1}`);
        startClient(client, server.port, { kind: 'hold', clients: 1, heartbeat: hb });
        await client.waitFor('connected', 30_000);
        // A random phase of the heartbeat: somewhere within one interval after it is running.
        await sleep(hb.intervalMs + Math.random() * hb.intervalMs);
        await server.arm(true);
        const event = server.worker.waitFor(eventType, hb.timeoutMs * 3 + 5000);
        const t0 = performance.now();
        process.kill(client.pid, 'SIGSTOP');
        samples.push(
          await event.then(
            () => performance.now() - t0,
            () => Number.NaN,
          ),
        );
        await server.arm(false);
        client.kill();
        await client.exited;
      }
      return {
        system,
        timeoutMs: hb.timeoutMs,
        samples,
        median: median(samples.map((s) => (Number.isNaN(s) ? Number.POSITIVE_INFINITY : s))),
        event: adapter.timeoutEvent,
      };
    });
    if (r) {
      ctx.results.detection.push(r);
      ctx.log(
        `  detection ${system}: ${r.samples.map((s) => Math.round(s)).join(', ')} ms (median ${Math.round(r.median)})`,
      );
    }
  });
}

export async function stallScenario(ctx: RunContext): Promise<void> {
  const hb = ctx.cfg.heartbeat;
  const stallMs = hb.timeoutMs * 2;
  await eachSystem(ctx, async (system) => {
    const r = await guarded(ctx, `stall/${system}`, async (scope): Promise<StallResult> => {
      const server = await scope.server(system, hb);
      const held = await holdClients(ctx, scope, system, server.port, ctx.cfg.stall.clients, 1000);
      if (held.failed > 0)
        throw new Error(`${held.failed} of ${ctx.cfg.stall.clients} clients failed to connect`);
      await sleep(hb.intervalMs * 2);
      const before = await server.stats();
      const lostBefore = await clientsLost(held.workers);
      await server.worker.request({ type: 'block', ms: stallMs }, 'unblocked', stallMs + 30_000);
      // After the stall: long enough for any wrong verdict (server) or give-up (client) to show.
      await sleep(hb.timeoutMs + hb.intervalMs * 2);
      const after = await server.stats();
      const lostAfter = await clientsLost(held.workers);
      return {
        system,
        clients: held.connected,
        stallMs,
        serverTimeouts: after.timeouts - before.timeouts,
        serverDisconnects: after.disconnects - before.disconnects,
        clientsLost: lostAfter - lostBefore,
        detail: describe(diff(after.reasons, before.reasons)),
      };
    });
    if (r) {
      ctx.results.stall.push(r);
      ctx.log(
        `  stall ${system}: ${r.serverTimeouts} server timeouts, ${r.serverDisconnects} dropped, ${r.clientsLost} lost by clients`,
      );
    }
  });
}
