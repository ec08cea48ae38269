// Benchmark: TCP echo of 64-byte frames through @heartwire/transport versus the same loop on raw
// node:net with hand-written framing and batched writes. ONE client connection with 256 frames in
// flight; server and client in separate processes, pinned to different cores when taskset exists.
// Median of 3 runs per implementation (5 s windows); `--quick`: 1 s window, 1 run.
//
//   pnpm build && cd apps/bench && node --import tsx src/transport-echo.ts [--quick]
//     [--seconds N] [--runs N] [--in-flight N] [--cpu-prof]

import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownTable, num, times } from './lib/format.js';
import { NODE_ARGS } from './lib/node-args.js';
import { median, ratio } from './lib/stats.js';
import { type ClientResult, type Impl, runEchoClient, startEchoServer } from './transport-echo-peers.js';

const PAYLOAD_BYTES = 64;
const TARGET = 0.9;
const self = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    runs: { type: 'string' },
    'in-flight': { type: 'string', default: '256' },
    'cpu-prof': { type: 'boolean', default: false },
    role: { type: 'string' },
    impl: { type: 'string' },
    port: { type: 'string' },
    core: { type: 'string' },
    'window-ms': { type: 'string' },
    'warmup-ms': { type: 'string' },
  },
});

/** Pins this process (all its threads) to one core, when taskset exists and the core does. */
function pinSelf(core: string | undefined): void {
  if (core === undefined) return;
  spawnSync('taskset', ['-a', '-p', '-c', core, String(process.pid)], { stdio: 'ignore' });
}

async function child(): Promise<void> {
  pinSelf(values.core);
  const impl = values.impl as Impl;
  if (values.role === 'server') {
    const port = await startEchoServer(impl);
    process.send?.({ port });
    // The parent marks the client's window; the server answers with its CPU time used since the last mark.
    let last = process.cpuUsage();
    process.on('message', () => {
      const used = process.cpuUsage(last);
      last = process.cpuUsage();
      process.send?.({ cpuMicros: used.user + used.system });
    });
    // Stays up until the parent stops it; a lost parent ends it too. A normal exit writes --cpu-prof.
    process.on('disconnect', () => process.exit(0));
    process.on('SIGTERM', () => process.exit(0));
    return;
  }
  const result = await runEchoClient(impl, Number(values.port), {
    inFlight: Number(values['in-flight']),
    payloadBytes: PAYLOAD_BYTES,
    warmupMs: Number(values['warmup-ms']),
    windowMs: Number(values['window-ms']),
    onWindowStart: () => process.send?.({ windowStart: true }),
  });
  process.send?.({ result }, () => process.exit(0));
}

function spawnRole(args: string[], name: string): ChildProcess {
  const execArgv = [...NODE_ARGS];
  if (values['cpu-prof']) {
    // One directory per process: module-loader threads write their own profiles next to the main one.
    const dir = join(process.cwd(), 'results', 'profiles', `${name}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', '--cpu-prof-dir', dir);
  }
  return fork(self, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

async function message<T>(proc: ChildProcess, timeoutMs: number): Promise<T> {
  const [msg] = (await once(proc, 'message', { signal: AbortSignal.timeout(timeoutMs) })) as [T];
  return msg;
}

function coresAvailable(): boolean {
  return spawnSync('taskset', ['-c', '1', 'true'], { stdio: 'ignore' }).status === 0;
}

interface RunResult extends ClientResult {
  readonly serverCpuMicros: number;
}

async function runOnce(impl: Impl, windowMs: number, warmupMs: number, pin: boolean): Promise<RunResult> {
  const common = [`--impl=${impl}`, `--in-flight=${values['in-flight']}`];
  const server = spawnRole(['--role=server', ...common, ...(pin ? ['--core=0'] : [])], `${impl}-server`);
  try {
    const { port } = await message<{ port: number }>(server, 30_000);
    const client = spawnRole(
      [
        '--role=client',
        ...common,
        `--port=${port}`,
        `--window-ms=${windowMs}`,
        `--warmup-ms=${warmupMs}`,
        ...(pin ? ['--core=1'] : []),
      ],
      `${impl}-client`,
    );
    try {
      await message<{ windowStart: true }>(client, warmupMs + 30_000);
      server.send('mark');
      await message<{ cpuMicros: number }>(server, 10_000);
      const { result } = await message<{ result: ClientResult }>(client, windowMs + 30_000);
      server.send('mark');
      const { cpuMicros: serverCpuMicros } = await message<{ cpuMicros: number }>(server, 10_000);
      await once(client, 'exit', { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      return { ...result, serverCpuMicros };
    } finally {
      if (client.exitCode === null) client.kill('SIGKILL');
    }
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit', { signal: AbortSignal.timeout(5_000) }).catch(() => server.kill('SIGKILL'));
  }
}

async function main(): Promise<void> {
  const quick = values.quick;
  const seconds = Number(values.seconds ?? (quick ? 1 : 5));
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  const warmupMs = quick ? 300 : 1_000;
  const pin = coresAvailable();
  const impls: Impl[] = ['raw', 'heartwire'];
  const rates: Record<Impl, number[]> = { raw: [], heartwire: [] };
  const serverCpu: Record<Impl, number[]> = { raw: [], heartwire: [] };
  const clientCpu: Record<Impl, number[]> = { raw: [], heartwire: [] };
  // Interleaved so that drift in machine load hits both sides alike.
  for (let run = 0; run < runs; run++) {
    for (const impl of impls) {
      const result = await runOnce(impl, seconds * 1000, warmupMs, pin);
      rates[impl].push(result.frames / result.seconds);
      serverCpu[impl].push(result.serverCpuMicros / result.frames);
      clientCpu[impl].push(result.cpuMicros / result.frames);
    }
  }
  const raw = median(rates.raw);
  const hw = median(rates.heartwire);
  const r = ratio(hw, raw);
  const cpu = (impl: Impl): string[] => [num(median(serverCpu[impl])), num(median(clientCpu[impl]))];
  const rows = [
    [
      'raw node:net (hand-written framing, batched writes)',
      num(raw),
      rates.raw.map((v) => num(v)).join(', '),
      ...cpu('raw'),
      '1.00×',
    ],
    [
      '@heartwire/transport',
      num(hw),
      rates.heartwire.map((v) => num(v)).join(', '),
      ...cpu('heartwire'),
      times(r),
    ],
  ];
  console.log(
    `\n### TCP echo, ${PAYLOAD_BYTES}-byte frames, 1 connection, ${values['in-flight']} in flight ` +
      `(${runs} run(s) × ${seconds} s, median; ${pin ? 'server on core 0, client on core 1' : 'not pinned'})\n`,
  );
  console.log(
    markdownTable(
      [
        'implementation',
        'echoes/s (median)',
        'runs',
        'server CPU µs/echo',
        'client CPU µs/echo',
        'heartwire / raw',
      ],
      rows,
    ),
  );
  console.log(`\nheartwire / raw = ${times(r)} (target ≥ ${TARGET}×: ${r >= TARGET ? 'met' : 'missed'})`);
  const args = process.argv.slice(2).join(' ');
  console.log(
    `\nCommand: \`pnpm build && cd apps/bench && node --import tsx src/transport-echo.ts${args ? ` ${args}` : ''}\``,
  );
  console.log(
    'CPU µs/echo is the CPU time of each process in the window divided by the echoes: less sensitive to ' +
      'other load on the machine than echoes/s, which depends on when both processes get scheduled.',
  );
}

if (values.role) {
  await child();
} else {
  await main();
}
