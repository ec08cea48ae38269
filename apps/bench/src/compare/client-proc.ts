// Child process: the load generator for one system. Roles: `latency` (one client, sequential round
// trips, run in blocks on the runner's command so that systems can take turns), `throughput`
// (connections × requests in flight, in slices of time on the runner's command, for the same
// reason) and `hold` (many idle clients that only heartbeat, for the idle, detection and stall
// scenarios). Every loop is bounded in count and in time. A 'reset' closes the clients of the
// current role so that the process can take another one (quick runs reuse processes: starting one
// costs more than a quick measurement).

import { fail, onCommand, sendToParent } from '../lib/ipc.js';
import { summarizeLatency } from '../lib/stats.js';
import { loadSystem } from '../systems/index.js';
import { type ClientHandle, type HeartbeatConfig, isSystemName, withTimeout } from '../systems/types.js';

export type ClientRole =
  | {
      readonly kind: 'latency';
      readonly warmup: number;
      readonly count: number;
      readonly size: number;
      /** Bound on the whole measurement, warm-up included. */
      readonly maxMs: number;
    }
  | {
      readonly kind: 'throughput';
      readonly connections: number;
      readonly inFlight: number;
      readonly size: number;
    }
  | { readonly kind: 'hold'; readonly clients: number; readonly heartbeat: HeartbeatConfig | null };

const name = process.argv[2] ?? '';
if (!isSystemName(name)) throw new Error(`unknown system ${name}`);
const system = await loadSystem(name);
// The port and the role come in the 'start' command: the process is forked (and has loaded its
// libraries) while the server is still starting.
let port = 0;

let clients: ClientHandle[] = [];
let lost = 0;
const lostReasons = new Map<string, number>();
let running: Promise<void> | undefined;

async function closeClients(): Promise<void> {
  const closing = clients;
  clients = [];
  await Promise.all(closing.map((c) => withTimeout(c.close(), 2000, 'close').catch(() => undefined)));
}

async function reset(): Promise<void> {
  await running?.catch(() => undefined);
  running = undefined;
  await closeClients();
  latencyRun = undefined;
  throughputRun = undefined;
  lost = 0;
  lostReasons.clear();
  sendToParent({ type: 'reset-done' });
}

onCommand(
  (message) => {
    if (message.type === 'start') start(Number(message.port), message.role as ClientRole);
    else if (message.type === 'slice') return throughputSlice(Number(message.ms));
    else if (message.type === 'block') return latencyBlock(Number(message.count));
    else if (message.type === 'reset') return reset();
    else if (message.type === 'lost?')
      sendToParent({ type: 'lost', lost, reasons: Object.fromEntries(lostReasons) });
    else throw new Error(`client: unknown command ${message.type}`);
  },
  () => closeClients(),
);

const CONNECT_PARALLEL = 64;

/** Opens `count` clients, at most CONNECT_PARALLEL connects at a time. */
async function openClients(count: number, heartbeat: HeartbeatConfig | undefined): Promise<number> {
  let next = 0;
  let failed = 0;
  let firstError: unknown;
  const onLost = (reason: string): void => {
    lost++;
    lostReasons.set(reason, (lostReasons.get(reason) ?? 0) + 1);
  };
  const lane = async (): Promise<void> => {
    while (next < count) {
      next++;
      try {
        clients.push(
          await withTimeout(system.connect(port, { heartbeat, onLost }), 20_000, `${name} connect`),
        );
      } catch (error) {
        failed++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECT_PARALLEL, count) }, lane));
  if (failed > 0 && clients.length === 0) throw firstError;
  return failed;
}

/** The latency role's state between blocks: one client, its samples so far and its deadline. */
interface LatencyRun {
  readonly client: ClientHandle;
  readonly payload: Buffer;
  readonly samples: Float64Array;
  readonly deadline: number;
  n: number;
}
let latencyRun: LatencyRun | undefined;

/** Connects and warms up, then waits for 'block' commands (see latencyBlock). */
async function latency(r: Extract<ClientRole, { kind: 'latency' }>): Promise<void> {
  await openClients(1, undefined);
  const client = clients[0]!;
  const payload = Buffer.alloc(r.size, 7);
  const deadline = performance.now() + r.maxMs;
  for (let i = 0; i < r.warmup && performance.now() < deadline; i++) await client.echo(payload);
  latencyRun = { client, payload, samples: new Float64Array(r.count), deadline, n: 0 };
  sendToParent({ type: 'latency-ready' });
}

/**
 * Runs up to `count` more sequential round trips and reports whether the run is over; the last
 * block (all samples taken, or the deadline passed) carries the summary.
 */
async function latencyBlock(count: number): Promise<void> {
  const run = latencyRun;
  if (!run) throw new Error('client: block before the latency role is ready');
  const { client, payload, samples, deadline } = run;
  const end = Math.min(samples.length, run.n + count);
  while (run.n < end && performance.now() < deadline) {
    const t0 = performance.now();
    await client.echo(payload);
    samples[run.n++] = (performance.now() - t0) * 1000;
  }
  if (run.n < samples.length && performance.now() < deadline) {
    sendToParent({ type: 'block-done', finished: false });
    return;
  }
  latencyRun = undefined;
  const summary = summarizeLatency(samples.subarray(0, run.n));
  sendToParent({ type: 'block-done', finished: true, ...summary, truncated: run.n < samples.length });
}

/** The throughput role's state between slices: the clients' payload, once connected and warm. */
let throughputRun: { readonly inFlight: number; readonly payload: Buffer } | undefined;

/** Connects and warms up, then waits for 'slice' commands (see throughputSlice). */
async function throughput(r: Extract<ClientRole, { kind: 'throughput' }>): Promise<void> {
  const failedConnects = await openClients(r.connections, undefined);
  const payload = Buffer.alloc(r.size, 7);
  // Warm-up outside the window: lazy set-up (first call of a channel, JIT) is not throughput.
  await withTimeout(
    Promise.all(
      clients.map(async (c) => {
        for (let i = 0; i < 20; i++) await c.echo(payload);
      }),
    ),
    30_000,
    'throughput warm-up',
  );
  throughputRun = { inFlight: r.inFlight, payload };
  sendToParent({ type: 'connected', count: clients.length, failed: failedConnects });
}

/**
 * Keeps `inFlight` requests in flight on every connection for `ms`, then lets the requests still
 * in flight finish before it reports (so that the next slice, of this system or another, starts
 * from quiet connections). Counted: the answers within the slice, and the CPU over it.
 */
async function throughputSlice(ms: number): Promise<void> {
  const run = throughputRun;
  if (!run) throw new Error('client: slice before the throughput role is ready');
  const { inFlight, payload } = run;
  let running = true;
  let completed = 0;
  let errors = 0;
  let firstError = '';
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let counted = 0;
  let elapsed = 0;
  let cpuMicros = 0;
  const stopTimer = setTimeout(() => {
    running = false;
    counted = completed;
    elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    cpuMicros = cpu.user + cpu.system;
  }, ms);
  const lane = async (client: ClientHandle): Promise<void> => {
    while (running) {
      try {
        await client.echo(payload);
        completed++;
      } catch (error) {
        errors++;
        firstError ||= String((error as Error).message ?? error);
        // A broken connection must not spin: one error per lane per millisecond at most.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
  };
  const lanes: Promise<void>[] = [];
  for (const client of clients) for (let i = 0; i < inFlight; i++) lanes.push(lane(client));
  // The lanes stop at the end of the slice; the bound is for a system whose answers stopped.
  await withTimeout(Promise.all(lanes), ms + 30_000, 'throughput lanes').catch(() => undefined);
  clearTimeout(stopTimer);
  sendToParent({ type: 'slice-done', completed: counted, elapsedMs: elapsed, cpuMicros, errors, firstError });
}

async function hold(r: Extract<ClientRole, { kind: 'hold' }>): Promise<void> {
  const failed = await openClients(r.clients, r.heartbeat ?? undefined);
  sendToParent({ type: 'connected', count: clients.length, failed });
}

function start(serverPort: number, role: ClientRole): void {
  if (running) throw new Error('client: started twice without a reset');
  port = serverPort;
  running =
    role.kind === 'latency' ? latency(role) : role.kind === 'throughput' ? throughput(role) : hold(role);
  running.catch(fail);
}

sendToParent({ type: 'loaded' });
