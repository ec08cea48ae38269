// Benchmark: unary RPC through @heartwire/rpc (over @heartwire/transport TCP) versus the same
// exchange on raw node:net with hand-written framing, in the same run; the bare transport (frames
// echoed, no RPC) is measured too, to show which layer the time goes to. Server and client in
// separate processes (pinned to cores 0 and 1 when taskset exists), loopback only.
//   1. latency: one client, sequential calls, 64-byte payload: p50 and p99 round trip;
//   2. throughput: one connection, 256 calls in flight, completed calls per second.
// Runs are interleaved (raw, rpc, raw, rpc, ...) and the median of the runs is reported.
// Targets: rpc p50 <= 1.1x raw, rpc throughput >= 0.5x raw.
//
//   pnpm build && cd apps/bench && node --import tsx src/rpc-unary.ts [--quick]
//     [--runs N] [--calls N] [--seconds N] [--in-flight N] [--only latency|throughput] [--cpu-prof]

import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer, connect as netConnect, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { RpcPeer } from '@heartwire/rpc';
import { TcpClientEngine, TcpServerEngine } from '@heartwire/transport';
import protobuf from 'protobufjs';
import { NODE_ARGS } from './lib/node-args.js';

type Impl = 'raw' | 'transport' | 'rpc';
type Mode = 'latency' | 'throughput';

interface LatencyResult {
  readonly p50: number;
  readonly p99: number;
  readonly calls: number;
}
interface ThroughputResult {
  readonly calls: number;
  readonly seconds: number;
  /** Client CPU time (user + system) per call in the window, µs. */
  readonly clientCpuPerCall: number;
  /** Server CPU time per call answered in the window, µs (filled in by the parent). */
  serverCpuPerCall?: number;
}

interface ServerMark {
  readonly cpu: number;
  readonly served: number;
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

const PAYLOAD_BYTES = 64;
const P50_TARGET = 1.1;
const THROUGHPUT_TARGET = 0.5;
const HEADER = 5;
const self = fileURLToPath(import.meta.url);

/** Calls (or echoed frames) a server process answered; read with its CPU time between two marks. */
let served = 0;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    calls: { type: 'string' },
    seconds: { type: 'string' },
    'in-flight': { type: 'string', default: '256' },
    'cpu-prof': { type: 'boolean', default: false },
    role: { type: 'string' },
    impl: { type: 'string' },
    mode: { type: 'string' },
    port: { type: 'string' },
    core: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
  },
});

const benchRoot = protobuf.parse(`
  syntax = "proto3";
  package bench.v1;
  message Blob { bytes data = 1; }
  service Bench { rpc Echo (Blob) returns (Blob); }
`).root;
const BenchService = benchRoot.lookupService('bench.v1.Bench');

// ------------------------------------------------------------------ raw framing

/** Incremental reader of `u32 length + u8 kind + payload` frames; returns whole payloads (views). */
class RawFrameReader {
  #buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    const data = this.#buffer.byteLength === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const frames: Buffer[] = [];
    let offset = 0;
    while (data.byteLength - offset >= HEADER) {
      const length = data.readUInt32BE(offset);
      if (data.byteLength - offset - 4 < length) break;
      frames.push(data.subarray(offset + HEADER, offset + 4 + length));
      offset += 4 + length;
    }
    this.#buffer = offset === data.byteLength ? Buffer.alloc(0) : Buffer.from(data.subarray(offset));
    return frames;
  }
}

function frameAll(payloads: readonly Buffer[]): Buffer {
  let total = 0;
  for (const p of payloads) total += HEADER + p.byteLength;
  const out = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const p of payloads) {
    out.writeUInt32BE(p.byteLength + 1, offset);
    out[offset + 4] = FrameKind.DATA;
    out.set(p, offset + HEADER);
    offset += HEADER + p.byteLength;
  }
  return out;
}

// ------------------------------------------------------------------ servers

async function startServer(impl: Impl): Promise<number> {
  if (impl === 'rpc') {
    const server = new TcpServerEngine();
    server.on('connection', (connection: Connection) => {
      new RpcPeer(connection).implement(BenchService, {
        echo: (request) => {
          served++;
          return request;
        },
      });
    });
    await server.start();
    return server.port;
  }
  if (impl === 'transport') {
    const server = new TcpServerEngine();
    server.on('connection', (connection: Connection) => {
      connection.on('frame', (kind, payload) => {
        served++;
        connection.send(kind, payload);
      });
    });
    await server.start();
    return server.port;
  }
  const server = createServer({ noDelay: true }, (socket) => {
    socket.on('error', () => undefined);
    const reader = new RawFrameReader();
    // Echo every whole frame of a chunk, framed again, in one write per chunk.
    socket.on('data', (chunk: Buffer) => {
      const frames = reader.push(chunk);
      served += frames.length;
      if (frames.length > 0) socket.write(frameAll(frames));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

// ------------------------------------------------------------------ clients

interface Client {
  /** One round trip. */
  roundTrip(): Promise<unknown>;
  /** Keeps `inFlight` round trips outstanding until stop(); `onDone` per completed one. */
  pipeline(inFlight: number, onDone: () => void): void;
  stop(): void;
  close(): Promise<void>;
}

async function connectClient(impl: Impl, port: number): Promise<Client> {
  const payload = Buffer.alloc(PAYLOAD_BYTES, 0x61);
  if (impl === 'rpc') {
    const engine = new TcpClientEngine({ port });
    const peer = new RpcPeer(await engine.connect());
    const echo = peer.client(BenchService).echo!;
    const request = { data: payload };
    let stopped = false;
    return {
      roundTrip: () => echo(request),
      pipeline(inFlight, onDone) {
        const next = (): void => {
          if (stopped) return;
          void echo(request).then(() => {
            onDone();
            next();
          });
        };
        for (let i = 0; i < inFlight; i++) next();
      },
      stop: () => {
        stopped = true;
      },
      close: async () => {
        await peer.close();
        await engine.close();
      },
    };
  }
  if (impl === 'transport') {
    const engine = new TcpClientEngine({ port });
    const connection = await engine.connect();
    let waiting: (() => void) | undefined;
    let onFrame: (() => void) | undefined;
    let stopped = false;
    connection.on('frame', () => {
      if (onFrame) onFrame();
      else if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve();
      }
    });
    return {
      roundTrip: () =>
        new Promise<void>((resolve) => {
          waiting = resolve;
          connection.send(FrameKind.DATA, payload);
        }),
      pipeline(inFlight, onDone) {
        onFrame = () => {
          onDone();
          if (!stopped) connection.send(FrameKind.DATA, payload);
        };
        for (let i = 0; i < inFlight; i++) connection.send(FrameKind.DATA, payload);
      },
      stop: () => {
        stopped = true;
      },
      close: () => engine.close(),
    };
  }
  const socket: Socket = netConnect({ port, host: '127.0.0.1', noDelay: true });
  socket.on('error', () => undefined);
  await once(socket, 'connect', { signal: AbortSignal.timeout(10_000) });
  const reader = new RawFrameReader();
  const single = frameAll([payload]);
  let waiting: (() => void) | undefined;
  let onFrames: ((n: number) => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    const n = reader.push(chunk).length;
    if (n === 0) return;
    if (onFrames) onFrames(n);
    else if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve();
    }
  });
  let stopped = false;
  return {
    roundTrip: () =>
      new Promise<void>((resolve) => {
        waiting = resolve;
        socket.write(single);
      }),
    pipeline(inFlight, onDone) {
      // As many new frames as answers arrived, in one write per chunk: the practical best on Node.
      onFrames = (n) => {
        for (let i = 0; i < n; i++) onDone();
        if (!stopped) socket.write(frameAll(Array.from({ length: n }, () => payload)));
      };
      socket.write(frameAll(Array.from({ length: inFlight }, () => payload)));
    },
    stop: () => {
      stopped = true;
    },
    close: async () => {
      socket.end();
      socket.destroy();
    },
  };
}

async function measureLatency(client: Client, warmup: number, calls: number): Promise<LatencyResult> {
  for (let i = 0; i < warmup; i++) await client.roundTrip();
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const t0 = process.hrtime.bigint();
    await client.roundTrip();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  samples.sort();
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), calls };
}

async function measureThroughput(
  client: Client,
  inFlight: number,
  warmupMs: number,
  windowMs: number,
): Promise<ThroughputResult> {
  let done = 0;
  let counting = false;
  client.pipeline(inFlight, () => {
    if (counting) done++;
  });
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  process.send?.({ mark: 'start' });
  counting = true;
  const t0 = process.hrtime.bigint();
  const cpu0 = cpuMicros();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  counting = false;
  const clientCpuPerCall = (cpuMicros() - cpu0) / Math.max(1, done);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.send?.({ mark: 'end' });
  client.stop();
  // Let the calls still in flight finish before closing.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { calls: done, seconds, clientCpuPerCall };
}

function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

function median(list: readonly number[]): number {
  const s = [...list].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// ------------------------------------------------------------------ processes

function pinSelf(core: string | undefined): void {
  if (core !== undefined)
    spawnSync('taskset', ['-a', '-p', '-c', core, String(process.pid)], { stdio: 'ignore' });
}

function coresAvailable(): boolean {
  return spawnSync('taskset', ['-c', '1', 'true'], { stdio: 'ignore' }).status === 0;
}

async function child(): Promise<void> {
  pinSelf(values.core);
  const impl = values.impl as Impl;
  if (values.role === 'server') {
    const port = await startServer(impl);
    process.send?.({ port });
    // The parent asks for CPU time and calls served at the start and end of the client's window.
    process.on('message', () => process.send?.({ cpu: cpuMicros(), served } satisfies ServerMark));
    process.on('disconnect', () => process.exit(0));
    process.on('SIGTERM', () => process.exit(0));
    return;
  }
  const client = await connectClient(impl, Number(values.port));
  const warmup = Number(values.warmup);
  const result =
    values.mode === 'latency'
      ? await measureLatency(client, warmup, Number(values.calls))
      : await measureThroughput(client, Number(values['in-flight']), warmup, Number(values.seconds) * 1000);
  await client.close();
  process.send?.({ result }, () => process.exit(0));
}

function spawnRole(args: string[], name: string): ChildProcess {
  const execArgv = [...NODE_ARGS];
  if (values['cpu-prof']) {
    const dir = join(process.cwd(), 'results', 'profiles', `rpc-unary-${name}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', '--cpu-prof-dir', dir);
  }
  return fork(self, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** The next IPC message of `proc` that has the key `key`, bounded. */
function message<T>(proc: ChildProcess, timeoutMs: number, key?: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.off('message', onMessage);
      reject(new Error(`no ${key ?? 'message'} from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (msg: unknown) => {
      if (key !== undefined && !(typeof msg === 'object' && msg !== null && key in msg)) return;
      clearTimeout(timer);
      proc.off('message', onMessage);
      resolve(msg as T);
    };
    proc.on('message', onMessage);
  });
}

async function runOnce<T>(
  impl: Impl,
  mode: Mode,
  clientArgs: string[],
  pin: boolean,
  boundMs: number,
): Promise<T> {
  const server = spawnRole(
    [`--role=server`, `--impl=${impl}`, ...(pin ? ['--core=0'] : [])],
    `${impl}-server`,
  );
  try {
    const { port } = await message<{ port: number }>(server, 30_000, 'port');
    const client = spawnRole(
      [
        `--role=client`,
        `--impl=${impl}`,
        `--mode=${mode}`,
        `--port=${port}`,
        ...clientArgs,
        ...(pin ? ['--core=1'] : []),
      ],
      `${impl}-${mode}-client`,
    );
    const marks: Promise<ServerMark>[] = [];
    client.on('message', (msg: { mark?: string }) => {
      if (!msg.mark) return;
      marks.push(message<ServerMark>(server, 10_000, 'cpu'));
      server.send({ mark: msg.mark });
    });
    try {
      const { result } = await message<{ result: T }>(client, boundMs, 'result');
      await once(client, 'exit', { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      if (marks.length === 2) {
        const [start, end] = await Promise.all(marks);
        (result as Partial<ThroughputResult>).serverCpuPerCall =
          (end!.cpu - start!.cpu) / Math.max(1, end!.served - start!.served);
      }
      return result;
    } finally {
      if (client.exitCode === null) client.kill('SIGKILL');
    }
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit', { signal: AbortSignal.timeout(5_000) }).catch(() => server.kill('SIGKILL'));
  }
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function grouped(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
}

async function main(): Promise<void> {
  const quick = values.quick;
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  const calls = Number(values.calls ?? (quick ? 2_000 : 20_000));
  const seconds = Number(values.seconds ?? (quick ? 1 : 4));
  const inFlight = Number(values['in-flight']);
  const pin = coresAvailable();
  // --only=latency or --only=throughput runs one half (e.g. under --cpu-prof).
  const modes = (values.only ?? 'latency,throughput').split(',');
  const impls: Impl[] = ['raw', 'transport', 'rpc'];
  const latency: Record<Impl, LatencyResult[]> = { raw: [], transport: [], rpc: [] };
  const throughput: Record<Impl, number[]> = { raw: [], transport: [], rpc: [] };
  const clientCpu: Record<Impl, number[]> = { raw: [], transport: [], rpc: [] };
  const serverCpu: Record<Impl, number[]> = { raw: [], transport: [], rpc: [] };

  for (let run = 0; run < runs; run++) {
    for (const impl of modes.includes('latency') ? impls : []) {
      latency[impl].push(
        await runOnce<LatencyResult>(
          impl,
          'latency',
          [`--calls=${calls}`, `--warmup=${quick ? 500 : 3_000}`],
          pin,
          120_000,
        ),
      );
    }
    for (const impl of modes.includes('throughput') ? impls : []) {
      const result = await runOnce<ThroughputResult>(
        impl,
        'throughput',
        [`--seconds=${seconds}`, `--in-flight=${inFlight}`, `--warmup=${quick ? 300 : 1_000}`],
        pin,
        seconds * 1000 + 60_000,
      );
      throughput[impl].push(result.calls / result.seconds);
      clientCpu[impl].push(result.clientCpuPerCall);
      serverCpu[impl].push(result.serverCpuPerCall ?? Number.NaN);
    }
  }

  const p50 = (impl: Impl) => median(latency[impl].map((r) => r.p50));
  const p99 = (impl: Impl) => median(latency[impl].map((r) => r.p99));
  const rate = (impl: Impl) => median(throughput[impl]);
  const p50Ratio = p50('rpc') / p50('raw');
  const rateRatio = rate('rpc') / rate('raw');

  console.log(
    `\n### Unary RPC, ${PAYLOAD_BYTES}-byte payload, 1 connection ` +
      `(${runs} run(s), median; ${calls} sequential calls per run; ${seconds} s pipelined window; ` +
      `${pin ? 'server on core 0, client on core 1' : 'not pinned'})\n`,
  );
  console.log(
    '| measure | raw node:net framing | @heartwire/transport frames | @heartwire/rpc | rpc / raw | target |',
  );
  console.log('| :--- | ---: | ---: | ---: | ---: | :--- |');
  console.log(
    `| sequential round trip p50 (µs) | ${fmt(p50('raw'))} | ${fmt(p50('transport'))} | ${fmt(p50('rpc'))} | ${fmt(p50Ratio, 2)}× | ≤ ${P50_TARGET}×: ${p50Ratio <= P50_TARGET ? 'met' : 'missed'} |`,
  );
  console.log(
    `| sequential round trip p99 (µs) | ${fmt(p99('raw'))} | ${fmt(p99('transport'))} | ${fmt(p99('rpc'))} | ${fmt(p99('rpc') / p99('raw'), 2)}× | |`,
  );
  console.log(
    `| pipelined, ${inFlight} in flight (calls/s) | ${grouped(rate('raw'))} | ${grouped(rate('transport'))} | ${grouped(rate('rpc'))} | ${fmt(rateRatio, 2)}× | ≥ ${THROUGHPUT_TARGET}×: ${rateRatio >= THROUGHPUT_TARGET ? 'met' : 'missed'} |`,
  );
  const cpu = (list: Record<Impl, number[]>, impl: Impl) => median(list[impl]);
  console.log(
    `| client CPU per call, pipelined (µs) | ${fmt(cpu(clientCpu, 'raw'), 2)} | ${fmt(cpu(clientCpu, 'transport'), 2)} | ${fmt(cpu(clientCpu, 'rpc'), 2)} | ${fmt(cpu(clientCpu, 'rpc') / cpu(clientCpu, 'raw'), 2)}× | |`,
  );
  console.log(
    `| server CPU per call, pipelined (µs) | ${fmt(cpu(serverCpu, 'raw'), 2)} | ${fmt(cpu(serverCpu, 'transport'), 2)} | ${fmt(cpu(serverCpu, 'rpc'), 2)} | ${fmt(cpu(serverCpu, 'rpc') / cpu(serverCpu, 'raw'), 2)}× | |`,
  );
  console.log('\nper run:');
  for (const impl of impls) {
    console.log(
      `- ${impl}: p50 ${latency[impl].map((r) => fmt(r.p50)).join(', ')} µs; ` +
        `p99 ${latency[impl].map((r) => fmt(r.p99)).join(', ')} µs; ${throughput[impl].map(grouped).join(', ')} calls/s`,
    );
  }
}

if (values.role) {
  await child();
} else {
  await main();
}
