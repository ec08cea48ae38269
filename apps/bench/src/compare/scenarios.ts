// The five scenarios of the comparison. A full run measures the systems one after the other with
// fresh processes, so one system's garbage or open sockets never weigh on the next one's numbers
// (latency and throughput excepted: within a round their systems take turns, see latencyScenario and
// throughputScenario); a quick run reuses processes and runs the systems side by side elsewhere (a
// smoke test, not a measurement).
// A system that fails a scenario is recorded as a failure and the run goes on with the others.

import type { Message, Worker } from '../lib/children.js';
import { describeCounts } from '../lib/format.js';
import { finiteMedian, type LatencySummary, median } from '../lib/stats.js';
import { loadSystem } from '../systems/index.js';
import type { SystemName } from '../systems/types.js';
import { type CompareConfig, IDLE_SERVER_FLAGS } from './config.js';
import { type ProcessPool, type Scope, type ServerProc, sleep, startClient } from './harness.js';
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
async function eachSystem(
  ctx: RunContext,
  body: (system: SystemName) => Promise<void>,
  systems: readonly SystemName[] = ctx.systems,
): Promise<void> {
  if (ctx.cfg.parallel) {
    await Promise.all(systems.map(body));
    return;
  }
  for (const system of systems) await body(system);
}

/** Records a system's failure in a measurement: logged, and listed in the report. */
function recordFailure(ctx: RunContext, what: string, error: unknown): void {
  const message = `${what}: ${(error as Error).message}`;
  ctx.log(`  ✖ ${message}`);
  ctx.results.failures.push(message);
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
    recordFailure(ctx, what, error);
    return undefined;
  }
}

/** The systems in the order round `round` takes them: odd rounds in reverse (see inRounds). */
function roundOrder(ctx: RunContext, round: number): readonly SystemName[] {
  return round % 2 === 0 ? ctx.systems : [...ctx.systems].reverse();
}

/**
 * Runs `measure` round after round; within a round, for every system `inRound` admits, one after
 * the other (all at once in a quick run). Rounds outermost: a noisy minute on the shared machine
 * then weighs on one round of every system, not on all the runs of one system. Odd rounds take the
 * systems in reverse order, so whatever a system leaves behind for the next (sockets in TIME_WAIT,
 * a CPU that has just sped up or slowed down) does not always fall on the same one. Returns each
 * system's results by round (undefined: failed, or not measured in that round).
 */
async function inRounds<T>(
  ctx: RunContext,
  rounds: number,
  measure: (system: SystemName, round: number) => Promise<T | undefined>,
  inRound: (system: SystemName, round: number) => boolean = () => true,
): Promise<Map<SystemName, (T | undefined)[]>> {
  const measured = new Map(
    ctx.systems.map((s) => [s, Array.from({ length: rounds }, (): T | undefined => undefined)]),
  );
  for (let round = 0; round < rounds; round++) {
    await eachSystem(
      ctx,
      async (system) => {
        if (inRound(system, round)) measured.get(system)![round] = await measure(system, round);
      },
      roundOrder(ctx, round),
    );
  }
  return measured;
}

/** The systems of a round in turn `turn`'s order: each turn starts one system further on (a copy). */
function inTurnOrder<T>(live: readonly T[], turn: number): T[] {
  const start = turn % live.length;
  return [...live.slice(start), ...live.slice(0, start)];
}

/**
 * Latency, in rounds. Within a round every system has its server and its client up at once, and
 * they take turns: a block of round trips each, in rotating order, until every client has its
 * samples. This machine switches between a fast and a slow mode for seconds at a time; measured one
 * after the other, one system's 20,000 round trips could fall in one mode and the next system's in
 * the other (per-round ratios spread ±20 %). Taking turns every block spreads every system's samples
 * over the same stretch of time, so a mode switch weighs on all of them alike. Only one client runs
 * at a time; the others wait on the runner, their connections idle.
 */
export async function latencyScenario(ctx: RunContext): Promise<void> {
  const { runs, block, ...l } = ctx.cfg.latency;
  const measured = new Map(
    ctx.systems.map((s) => [s, Array.from({ length: runs }, (): LatencySummary | undefined => undefined)]),
  );
  const failed = (system: SystemName, round: number, error: unknown): void =>
    recordFailure(ctx, `latency/${system} run ${round + 1}`, error);
  for (let round = 0; round < runs; round++) {
    await ctx.pool.scope(async (scope) => {
      // Set-up and warm-up of every system at once (none of it is measured).
      const set = await Promise.all(
        roundOrder(ctx, round).map(async (system) => {
          try {
            const client = scope.client(system);
            const server = await scope.server(system, undefined);
            startClient(client, server.port, { kind: 'latency', ...l });
            await client.waitFor('latency-ready', l.maxMs + 30_000);
            return { system, client };
          } catch (error) {
            failed(system, round, error);
            return undefined;
          }
        }),
      );
      let live = set.filter((s): s is { system: SystemName; client: Worker } => s !== undefined);
      for (let turn = 0; live.length > 0; turn++) {
        for (const { system, client } of inTurnOrder(live, turn)) {
          let m: Awaited<ReturnType<Worker['request']>>;
          try {
            m = await client.request({ type: 'block', count: block }, 'block-done', l.maxMs + 30_000);
          } catch (error) {
            failed(system, round, error);
            live = live.filter((s) => s.system !== system);
            continue;
          }
          if (!m.finished) continue;
          live = live.filter((s) => s.system !== system);
          const r: LatencySummary = {
            count: Number(m.count),
            p50: Number(m.p50),
            p99: Number(m.p99),
            p999: Number(m.p999),
            max: Number(m.max),
          };
          measured.get(system)![round] = r;
          ctx.log(
            `  latency ${system} run ${round + 1}: p50 ${r.p50.toFixed(1)} µs, p99 ${r.p99.toFixed(1)} µs (${r.count} samples)`,
          );
        }
      }
    });
  }
  for (const system of ctx.systems) {
    const rounds = measured.get(system)!;
    const ok = rounds.filter((r): r is LatencySummary => r !== undefined);
    if (ok.length === 0) continue;
    const of = (key: keyof LatencySummary): number => finiteMedian(ok.map((r) => r[key]));
    ctx.results.latency.push({
      system,
      count: of('count'),
      p50: of('p50'),
      p99: of('p99'),
      p999: of('p999'),
      max: Math.max(...ok.map((r) => r.max)),
      runs: rounds.map((r) => r?.p50 ?? Number.NaN),
    });
  }
}

interface ThroughputRun {
  rps: number;
  cpu: number;
  perRequest: number;
  clientPerRequest: number;
  rss: number;
  errors: number;
  firstError: string;
}

/** One system's sums over the slices of a round. */
interface ThroughputSums {
  readonly system: SystemName;
  readonly client: Worker;
  readonly server: ServerProc;
  completed: number;
  elapsedMs: number;
  clientCpuMicros: number;
  serverCpuMicros: number;
  errors: number;
  firstError: string;
  slices: number;
  /** This system's slice (see SLICE_LATENCIES), and the time its slices have asked for so far. */
  sliceMs: number;
  plannedMs: number;
}

/**
 * A slice lasts at least this many times the system's time per request in flight (its requests in
 * flight ÷ its rate, in its last slice, or the warm-up turn). A slice counts the answers within it, and the first
 * ones come one round trip after it starts: with 50 round trips per slice that costs under 2 %.
 * It matters only for the slow peers (grpc-js has 1,600 requests in flight for about 0.4 s at
 * 50 × 32, socket.io for about 50 ms): raw and heartwire answer theirs within a few ms.
 */
const SLICE_LATENCIES = 50;

/**
 * Throughput, in rounds, with the systems taking turns as in latencyScenario. Within a round every
 * system's server and load process is up, connected and warm at once; after one turn of warm-up
 * at full load (not counted), each system in turn keeps its requests in flight for one slice
 * (`sliceMs`, or longer for a slow system: SLICE_LATENCIES), in rotating order, until every system
 * has had `windowMs` in all. Measured one after the other, one system's 5 s could fall in a fast mode of
 * this machine and the next one's in a slow mode: raw alone ran at 453,000 and 674,000 req/s in two
 * rounds minutes apart, and one heartwire load process went from 265,000 to 466,000 req/s from one
 * second to the next. In slices, every system's window is spread over the same stretch of time. A
 * slice ends when its requests still in flight have been answered, so the next one starts from
 * quiet connections; the server's CPU of a slice includes that drain (at most 1,600 requests, under
 * 1 % of a slice).
 */
type Shape = CompareConfig['throughput']['shapes'][number];

/** A system's server and load process for one throughput round, connected and warm. */
async function throughputContender(
  ctx: RunContext,
  scope: Scope,
  system: SystemName,
  shape: Shape,
): Promise<ThroughputSums> {
  const t = ctx.cfg.throughput;
  const client = scope.client(system);
  const server = await scope.server(system, undefined);
  startClient(client, server.port, { kind: 'throughput', ...shape, size: t.size });
  const connected = await client.waitFor('connected', 60_000);
  if (Number(connected.failed) > 0) throw new Error(`${String(connected.failed)} connections failed`);
  return {
    system,
    client,
    server,
    completed: 0,
    elapsedMs: 0,
    clientCpuMicros: 0,
    serverCpuMicros: 0,
    errors: 0,
    firstError: '',
    slices: 0,
    sliceMs: t.sliceMs,
    plannedMs: 0,
  };
}

/** The next slice of `sums`: SLICE_LATENCIES times its time per request in flight in slice `m`. */
function fitSlice(cfg: CompareConfig, shape: Shape, sums: ThroughputSums, m: Message): void {
  const t = cfg.throughput;
  const completed = Number(m.completed);
  if (!(completed > 0)) {
    sums.sliceMs = t.windowMs;
    return;
  }
  const perInFlightMs = (shape.connections * shape.inFlight * Number(m.elapsedMs)) / completed;
  sums.sliceMs = Math.min(t.windowMs, Math.max(t.sliceMs, Math.ceil(SLICE_LATENCIES * perInFlightMs)));
}

/** One round's result for `sums`, or the error that makes it a failure (no answer, only errors). */
async function throughputRun(sums: ThroughputSums): Promise<ThroughputRun | Error> {
  const { completed, errors } = sums;
  // Zero answers with errors is a failure; without errors it is a (bad) measurement.
  if (!(completed > 0) && errors > 0) return new Error(`no request completed: ${sums.firstError}`);
  const stats = await sums.server.stats().catch(() => undefined);
  return {
    rps: completed / (sums.elapsedMs / 1000),
    cpu: sums.serverCpuMicros / 1e6,
    perRequest: completed > 0 ? sums.serverCpuMicros / completed : Number.NaN,
    clientPerRequest: completed > 0 ? sums.clientCpuMicros / completed : Number.NaN,
    rss: stats?.maxRss ?? Number.NaN,
    errors,
    firstError: sums.firstError,
  };
}

export async function throughputScenario(ctx: RunContext): Promise<void> {
  const t = ctx.cfg.throughput;
  for (const shape of t.shapes) {
    const label = `throughput ${shape.connections}×${shape.inFlight}`;
    const measured = new Map(
      ctx.systems.map((s) => [s, Array.from({ length: t.runs }, (): ThroughputRun | undefined => undefined)]),
    );
    for (let round = 0; round < t.runs; round++) {
      const failed = (system: SystemName, error: unknown): void =>
        recordFailure(ctx, `${label}/${system} run ${round + 1}`, error);
      await ctx.pool.scope(async (scope) => {
        const set = await Promise.all(
          roundOrder(ctx, round).map((system) =>
            throughputContender(ctx, scope, system, shape).catch((error: unknown) => {
              failed(system, error);
              return undefined;
            }),
          ),
        );
        let live = set.filter((s): s is ThroughputSums => s !== undefined);
        /** Runs one slice of `sums`; a failure drops it from the round. */
        const slice = async (sums: ThroughputSums, ms: number): Promise<Message | undefined> => {
          try {
            return await sums.client.request({ type: 'slice', ms }, 'slice-done', ms + 60_000);
          } catch (error) {
            failed(sums.system, error);
            live = live.filter((s) => s !== sums);
            return undefined;
          }
        };
        // Warm-up turn at full load (not counted).
        for (const sums of [...live]) {
          const m = await slice(sums, t.sliceMs);
          if (m) fitSlice(ctx.cfg, shape, sums, m);
        }
        for (let turn = 0; live.some((s) => s.plannedMs < t.windowMs); turn++) {
          for (const sums of inTurnOrder(live, turn)) {
            if (sums.plannedMs >= t.windowMs) continue;
            const ms = Math.min(sums.sliceMs, t.windowMs - sums.plannedMs);
            sums.plannedMs += ms;
            const before = await sums.server.stats().catch(() => undefined);
            const m = await slice(sums, ms);
            const after = await sums.server.stats().catch(() => undefined);
            if (!m) continue;
            if (!before || !after) {
              failed(sums.system, new Error('the server does not answer'));
              live = live.filter((s) => s !== sums);
              continue;
            }
            sums.completed += Number(m.completed);
            sums.elapsedMs += Number(m.elapsedMs);
            sums.clientCpuMicros += Number(m.cpuMicros);
            sums.serverCpuMicros += after.cpuMicros - before.cpuMicros;
            sums.errors += Number(m.errors);
            sums.firstError ||= String(m.firstError ?? '');
            sums.slices++;
            fitSlice(ctx.cfg, shape, sums, m);
          }
        }
        for (const sums of live) {
          const r = await throughputRun(sums);
          if (r instanceof Error) {
            failed(sums.system, r);
            continue;
          }
          measured.get(sums.system)![round] = r;
          ctx.log(
            `  ${label} ${sums.system} run ${round + 1}: ${Math.round(r.rps)} req/s (${sums.slices} slice${sums.slices > 1 ? 's' : ''})`,
          );
        }
      });
    }
    for (const system of ctx.systems) {
      const rounds = measured.get(system)!;
      const runs = rounds.filter((r): r is ThroughputRun => r !== undefined);
      if (runs.length === 0) continue;
      const result: ThroughputResult = {
        system,
        connections: shape.connections,
        inFlight: shape.inFlight,
        requestsPerSec: median(runs.map((r) => r.rps)),
        serverCpuSecs: median(runs.map((r) => r.cpu)),
        serverCpuMicrosPerRequest: median(runs.map((r) => r.perRequest)),
        clientCpuMicrosPerRequest: median(runs.map((r) => r.clientPerRequest)),
        serverPeakRss: median(runs.map((r) => r.rss)),
        runs: rounds.map((r) => r?.rps ?? Number.NaN),
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
        firstError: runs.find((r) => r.firstError)?.firstError ?? '',
      };
      ctx.results.throughput.push(result);
      ctx.log(`  ${label} ${system}: ${Math.round(result.requestsPerSec)} req/s (median)`);
    }
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

type IdleRun = Omit<IdleResult, 'system' | 'clients' | 'runs'>;

/** Systems whose idle targets are ratios to raw: measured every round (the peers in the first). */
const PAIRED_IDLE: readonly SystemName[] = ['raw', 'heartwire-tcp', 'heartwire-udp'];

export async function idleScenario(ctx: RunContext): Promise<void> {
  const { cfg } = ctx;
  for (const size of cfg.idle.sizes) {
    const measured = await inRounds(
      ctx,
      cfg.idle.rounds,
      async (system, round): Promise<IdleRun | undefined> => {
        const what = `idle ${size}/${system} round ${round + 1}`;
        // Two passes with fresh processes: the window of heartbeats with the server as users run it,
        // then the memory, with a server whose young generation cannot be resized (IDLE_SERVER_FLAGS).
        const cpu = await guarded(ctx, what, (scope) => idleCpuPass(ctx, scope, system, size));
        if (!cpu) return undefined;
        const memory = await guarded(ctx, `${what} memory`, (scope) =>
          idleMemoryPass(ctx, scope, system, size),
        );
        const r: IdleRun = {
          ...cpu,
          rssPerConnection: memory?.rssPerConnection ?? Number.NaN,
          heapPerConnection: memory?.heapPerConnection ?? Number.NaN,
        };
        ctx.log(
          `  idle ${size} ${system} round ${round + 1}: CPU ${r.cpuPercent.toFixed(2)} %, ${Math.round(r.rssPerConnection)} B RSS/conn, ${Math.round(r.heapPerConnection)} B heap/conn, ${r.falseTimeouts} false timeouts`,
        );
        return r;
      },
      (system, round) => round === 0 || PAIRED_IDLE.includes(system),
    );
    for (const system of ctx.systems) {
      const rounds = measured.get(system)!;
      const runs = rounds.filter((r): r is IdleRun => r !== undefined);
      if (runs.length === 0) continue;
      const reasons: Record<string, number> = {};
      for (const r of runs)
        for (const [k, v] of Object.entries(r.reasons)) reasons[k] = (reasons[k] ?? 0) + v;
      ctx.results.idle.push({
        system,
        clients: size,
        connected: Math.min(...runs.map((r) => r.connected)),
        cpuPercent: median(runs.map((r) => r.cpuPercent)),
        rssPerConnection: median(runs.map((r) => r.rssPerConnection)),
        heapPerConnection: median(runs.map((r) => r.heapPerConnection)),
        // Every round counts: one false timeout in any round is one too many.
        falseTimeouts: runs.reduce((sum, r) => sum + r.falseTimeouts, 0),
        serverTimeouts: runs.reduce((sum, r) => sum + r.serverTimeouts, 0),
        reasons,
        runs: rounds.map((r) => r?.cpuPercent ?? Number.NaN),
      });
    }
  }
}

/**
 * The first 5 % of the clients pay the one-time costs (code compiled for the connection path, heap
 * and pool reservations); then the rest connect. Returns the workers and the server's state after
 * the first 5 % (`base`, read by `readBase`).
 */
async function connectIdle<T>(
  ctx: RunContext,
  scope: Scope,
  system: SystemName,
  size: number,
  server: ServerProc,
  readBase: () => Promise<T>,
): Promise<{ workers: Worker[]; connected: number; base: T }> {
  const { cfg } = ctx;
  const warmCount = Math.max(1, Math.ceil(size * 0.05));
  const warm = await holdClients(ctx, scope, system, server.port, warmCount, warmCount, 1);
  await sleep(Math.max(1000, cfg.heartbeat.intervalMs * 2));
  const base = await readBase();
  const rest = await holdClients(
    ctx,
    scope,
    system,
    server.port,
    size - warmCount,
    cfg.idle.clientsPerProcess,
  );
  const failed = warm.failed + rest.failed;
  if (failed > size / 100) throw new Error(`${failed} of ${size} clients failed to connect`);
  // Let connection set-up garbage and the first heartbeats settle.
  await sleep(Math.max(1000, cfg.heartbeat.intervalMs * 2));
  return { workers: [...warm.workers, ...rest.workers], connected: warm.connected + rest.connected, base };
}

/** `size` heartbeating clients on a fresh server with node's defaults: a window of pure heartbeat. */
async function idleCpuPass(
  ctx: RunContext,
  scope: Scope,
  system: SystemName,
  size: number,
): Promise<Omit<IdleRun, 'rssPerConnection' | 'heapPerConnection'>> {
  const { cfg } = ctx;
  const server = await scope.server(system, cfg.heartbeat);
  const { workers, connected } = await connectIdle(ctx, scope, system, size, server, async () => undefined);
  const before = await server.stats();
  const lostBefore = await clientsLost(workers);
  await sleep(cfg.idle.windowMs);
  const after = await server.stats();
  const lostAfter = await clientsLost(workers);
  return {
    connected,
    cpuPercent: ((after.cpuMicros - before.cpuMicros) / 1000 / cfg.idle.windowMs) * 100,
    falseTimeouts: Math.max(after.disconnects - before.disconnects, lostAfter - lostBefore),
    serverTimeouts: after.timeouts - before.timeouts,
    reasons: diff(after.reasons, before.reasons),
  };
}

/** The server's memory per connection: after GC with all `size` clients minus after GC with the first 5 %. */
async function idleMemoryPass(
  ctx: RunContext,
  scope: Scope,
  system: SystemName,
  size: number,
): Promise<Pick<IdleRun, 'rssPerConnection' | 'heapPerConnection'>> {
  const server = await scope.server(system, ctx.cfg.heartbeat, IDLE_SERVER_FLAGS);
  const { base } = await connectIdle(ctx, scope, system, size, server, () => server.statsAfterGc());
  const gcd = await server.statsAfterGc();
  const added = Math.max(1, gcd.connections - base.connections);
  return {
    rssPerConnection: (gcd.rss - base.rss) / added,
    heapPerConnection: (gcd.heap - base.heap) / added,
  };
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
        detail: describeCounts(diff(after.reasons, before.reasons)),
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
