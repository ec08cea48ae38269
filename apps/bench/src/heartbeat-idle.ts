// Benchmark: idle connections kept alive by the heartbeat. The heartwire server (TcpServerEngine +
// one HeartBeatChecker) against a raw node:net baseline measured in the same run (clients ping every
// N, the server echoes and keeps a last-seen timestamp swept by one setInterval). Server and load
// generators are separate processes (the server pinned to core 0, the clients to the others when
// taskset exists); clients are spread over several processes (20,000 open files per process).
// Reported: server CPU % over the window (process.cpuUsage() deltas measured by the server itself),
// server RSS growth per connection (process.memoryUsage().rss, after GC, against the settled RSS of
// the empty server), and false timeouts on either side (every client is live, so every timeout is false).
//
//   pnpm build && cd apps/bench && node --import tsx src/heartbeat-idle.ts
//     default: 2,000 and 10,000 connections, N = 1 s, M = 3 s, 20 s window after all are connected
//     --quick: 500 connections, 5 s window
//     --max:   18,000 connections (as many as one process may hold here), N = 10 s, M = 30 s, 60 s,
//              with the projection to 100,000 connections in one process
//     [--connections 2000,10000] [--seconds 20] [--per-process 2500]
//     [--impl raw,heartwire]  which servers to run
//     [--repeat 3]  runs each size that many times, raw and heartwire alternating; the table shows
//                   medians, and the CPU ratio is the median of the ratios of runs made side by side
//     [--profile <dir>]  the server writes a V8 CPU profile of the window only, <impl>-<size>.cpuprofile
//                        (the profiler's own cost inflates CPU %: take CPU figures from runs without it)

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { IdleClientConfig } from './heartbeat-idle-client.js';
import type { IdleServerConfig } from './heartbeat-idle-server.js';
import { coreSets, type Message, Worker } from './lib/children.js';
import { bytes, check, mark, markdownTable, num, times } from './lib/format.js';
import { median, ratio } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    max: { type: 'boolean', default: false },
    connections: { type: 'string' },
    seconds: { type: 'string' },
    'per-process': { type: 'string' },
    impl: { type: 'string' },
    profile: { type: 'string' },
    repeat: { type: 'string' },
  },
});

const mode = values.max ? 'max' : values.quick ? 'quick' : 'default';
const preset = {
  default: { sizes: [2000, 10_000], seconds: 20, n: 1, m: 3, perProcess: 2500 },
  quick: { sizes: [500], seconds: 5, n: 1, m: 3, perProcess: 250 },
  max: { sizes: [18_000], seconds: 60, n: 10, m: 30, perProcess: 4500 },
}[mode];
const sizes = values.connections ? values.connections.split(',').map(Number) : preset.sizes;
const windowSecs = values.seconds ? Number(values.seconds) : preset.seconds;
const perProcess = values['per-process'] ? Number(values['per-process']) : preset.perProcess;
const repeat = values.repeat ? Math.max(1, Math.floor(Number(values.repeat))) : 1;
const ALL_IMPLS = ['raw', 'heartwire'] as const;
type Impl = (typeof ALL_IMPLS)[number];
const IMPLS: readonly Impl[] = values.impl
  ? ALL_IMPLS.filter((impl) => values.impl?.split(',').includes(impl))
  : ALL_IMPLS;
const profileDir = values.profile === undefined ? undefined : resolve(values.profile);
if (profileDir !== undefined) mkdirSync(profileDir, { recursive: true });
const RSS_TARGET_BYTES = 8 * 1000;

const serverFile = join(import.meta.dirname, 'heartbeat-idle-server.ts');
const clientFile = join(import.meta.dirname, 'heartbeat-idle-client.ts');

interface RunResult {
  readonly impl: Impl;
  readonly size: number;
  readonly connectedAtEnd: number;
  readonly cpuPercent: number;
  readonly userPercent: number;
  readonly systemPercent: number;
  readonly rssPerConnection: number;
  readonly heapPerConnection: number;
  readonly idlePings: number;
  readonly serverTimeouts: number;
  readonly clientTimeouts: number;
  readonly lost: number;
  /** Client-side timeouts and lost connections while connecting, before the window. */
  readonly beforeWindow: number;
  readonly clientStalledMs: number;
  readonly connectSecs: number;
}

async function run(impl: Impl, size: number): Promise<RunResult> {
  const cores = coreSets();
  const serverConfig: IdleServerConfig = {
    impl,
    heartBeatSpanInSecs: preset.n,
    timeoutSpanInSecs: preset.m,
    ...(profileDir === undefined ? {} : { profileFile: join(profileDir, `${impl}-${size}.cpuprofile`) }),
  };
  const server = new Worker(serverFile, [JSON.stringify(serverConfig)], `${impl} server`, {
    cpus: cores?.server,
    nodeFlags: ['--expose-gc'],
  });
  const clients: Worker[] = [];
  try {
    const ready = await server.waitFor('ready', 60_000);
    const port = Number(ready.port);
    const baseline = await server.request({ type: 'baseline' }, 'baseline', 60_000);
    const started = performance.now();
    const processes = Math.ceil(size / perProcess);
    for (let i = 0; i < processes; i++) {
      const count = Math.min(perProcess, size - i * perProcess);
      const config: IdleClientConfig = {
        impl,
        port,
        count,
        heartBeatSpanInSecs: preset.n,
        timeoutSpanInSecs: preset.m,
      };
      clients.push(
        new Worker(clientFile, [JSON.stringify(config)], `${impl} clients ${i}`, { cpus: cores?.load }),
      );
    }
    await Promise.all(clients.map((c) => c.waitFor('connected', 180_000)));
    const connectSecs = (performance.now() - started) / 1000;
    await server.request({ type: 'mark' }, 'marked', 60_000);
    await Promise.all(clients.map((c) => c.request({ type: 'mark' }, 'marked', 60_000)));
    await new Promise((resolve) => setTimeout(resolve, windowSecs * 1000));
    const report: Message = await server.request({ type: 'report' }, 'report', 60_000);
    const clientReports = await Promise.all(
      clients.map((c) => c.request({ type: 'report' }, 'report', 60_000)),
    );
    const sum = (key: string): number => clientReports.reduce((acc, r) => acc + Number(r[key]), 0);
    return {
      impl,
      size,
      connectedAtEnd: Number(report.connections),
      cpuPercent: (Number(report.cpuMicros) / 1000 / Number(report.elapsedMs)) * 100,
      userPercent: (Number(report.userMicros) / 1000 / Number(report.elapsedMs)) * 100,
      systemPercent: (Number(report.systemMicros) / 1000 / Number(report.elapsedMs)) * 100,
      rssPerConnection: (Number(report.rss) - Number(baseline.rss)) / size,
      heapPerConnection: (Number(report.heap) - Number(baseline.heap)) / size,
      idlePings: Number(report.idlePings),
      serverTimeouts: Number(report.timeouts),
      clientTimeouts: sum('timeouts'),
      lost: sum('lost'),
      beforeWindow: sum('timeoutsBefore') + sum('lostBefore'),
      clientStalledMs: Math.max(...clientReports.map((r) => Number(r.stalledMs))),
      connectSecs,
    };
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    await server.stop();
  }
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

const runs: RunResult[][] = [];
for (const size of sizes) {
  for (let rep = 0; rep < repeat; rep++) {
    const side: RunResult[] = [];
    for (const impl of IMPLS) {
      process.stderr.write(
        `heartbeat-idle: ${impl}, ${size} connections, ${windowSecs} s window` +
          `${repeat > 1 ? `, run ${rep + 1} of ${repeat}` : ''}...\n`,
      );
      side.push(await run(impl, size));
    }
    runs.push(side);
  }
}

/** One (size, server) row: medians over its runs, timeouts summed, CPU ratio from paired runs. */
interface Summary extends RunResult {
  readonly cpuRatio: number;
}

function summarize(size: number, impl: Impl): Summary | undefined {
  const mine = runs.flatMap((side) => side.filter((r) => r.size === size && r.impl === impl));
  const first = mine[0];
  if (!first) return undefined;
  const med = (key: keyof RunResult): number => median(mine.map((r) => Number(r[key])));
  const sum = (key: keyof RunResult): number => mine.reduce((acc, r) => acc + Number(r[key]), 0);
  const ratios = runs.flatMap((side) => {
    const r = side.find((x) => x.size === size && x.impl === impl);
    const raw = side.find((x) => x.size === size && x.impl === 'raw');
    return r && raw ? [ratio(r.cpuPercent, raw.cpuPercent)] : [];
  });
  return {
    impl,
    size,
    connectedAtEnd: Math.min(...mine.map((r) => r.connectedAtEnd)),
    cpuPercent: med('cpuPercent'),
    userPercent: med('userPercent'),
    systemPercent: med('systemPercent'),
    rssPerConnection: med('rssPerConnection'),
    heapPerConnection: med('heapPerConnection'),
    idlePings: sum('idlePings'),
    serverTimeouts: sum('serverTimeouts'),
    clientTimeouts: sum('clientTimeouts'),
    lost: sum('lost'),
    beforeWindow: sum('beforeWindow'),
    clientStalledMs: Math.max(...mine.map((r) => r.clientStalledMs)),
    connectSecs: med('connectSecs'),
    cpuRatio: median(ratios),
  };
}

const results = sizes.flatMap((size) =>
  IMPLS.flatMap((impl) => {
    const summary = summarize(size, impl);
    return summary ? [summary] : [];
  }),
);

const rows = results.map((r) => [
  count(r.size),
  r.impl,
  count(r.connectedAtEnd),
  `${num(r.cpuPercent)} %`,
  `${num(r.userPercent)} % / ${num(r.systemPercent)} %`,
  r.impl === 'raw' ? '1.00×' : times(r.cpuRatio),
  bytes(r.rssPerConnection),
  bytes(r.heapPerConnection),
  r.impl === 'raw' ? '—' : count(r.idlePings),
  String(r.serverTimeouts),
  String(r.clientTimeouts),
  String(r.lost),
  String(r.beforeWindow),
  `${num(r.connectSecs)} s`,
]);

console.log(
  `\n### heartbeat-idle (${mode}): N = ${preset.n} s, M = ${preset.m} s, ${windowSecs} s window, ` +
    `server ${coreSets() ? 'pinned to core 0, clients to the others' : 'unpinned'}` +
    `${repeat > 1 ? `, median of ${repeat} runs each` : ''}\n`,
);
console.log(
  markdownTable(
    [
      'connections',
      'server',
      'open at end',
      'server CPU',
      'user / system',
      'CPU vs raw',
      'RSS / conn',
      'JS heap / conn',
      'server idle PINGs',
      'false timeouts (server)',
      'false timeouts (clients)',
      'lost',
      'client timeouts while connecting',
      'connect time',
    ],
    rows,
  ),
);

const heartwire = results.filter((r) => r.impl === 'heartwire');
const targets: string[][] = [];
for (const r of heartwire) {
  const cpuRatio = r.cpuRatio;
  targets.push(
    [`${count(r.size)}: server CPU ≤ 1.0× raw`, times(cpuRatio), mark(check(cpuRatio, (v) => v <= 1.0))],
    [
      `${count(r.size)}: RSS ≤ 8 KB / connection`,
      bytes(r.rssPerConnection),
      mark(check(r.rssPerConnection, (v) => v <= RSS_TARGET_BYTES)),
    ],
    [
      `${count(r.size)}: zero false timeouts`,
      String(r.serverTimeouts + r.clientTimeouts + r.lost),
      mark(r.serverTimeouts + r.clientTimeouts + r.lost === 0 ? 'met' : 'missed'),
    ],
  );
}
console.log(`\n${markdownTable(['target (heartwire)', 'measured', 'status'], targets)}`);

if (mode === 'max') {
  const projections = heartwire.map((r) => {
    const scale = 100_000 / r.size;
    return [
      count(r.size),
      `${num(r.cpuPercent)} %`,
      bytes(r.rssPerConnection),
      `${num(r.cpuPercent * scale)} % of one core`,
      bytes(r.rssPerConnection * 100_000),
    ];
  });
  console.log(
    `\nProjection to 100,000 connections in one process (linear in connections: the sweep and the PINGs scale with them):\n\n${markdownTable(
      ['measured at', 'server CPU', 'RSS / conn', 'CPU at 100,000', 'RSS growth at 100,000'],
      projections,
    )}`,
  );
}
