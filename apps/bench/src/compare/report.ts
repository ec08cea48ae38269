// The Markdown report: one table per scenario with ratios to raw and to each peer, and the targets
// of issue 8 marked met or missed. Targets are reported, never asserted.

import {
  bytes,
  check,
  describeCounts,
  mark,
  markdownTable,
  num,
  type TargetStatus,
  times,
} from '../lib/format.js';
import type { MachineInfo } from '../lib/machine.js';
import { pairedRatio, ratio } from '../lib/stats.js';
import { type SystemName, SystemNames } from '../systems/types.js';
import { type CompareConfig, IDLE_SERVER_FLAGS } from './config.js';
import type { CompareResults } from './results.js';

/** The columns of ratios, for the baselines and peers a table holds (raw-udp sits out some scenarios). */
const PEERS: readonly SystemName[] = ['raw', 'raw-udp', 'socket.io', 'grpc-js'];
const HEARTWIRE: readonly SystemName[] = ['heartwire-tcp', 'heartwire-udp'];
const RSS_PER_CONNECTION_TARGET = 8 * 1024;

export interface Target {
  readonly scenario: string;
  readonly system: SystemName;
  readonly target: string;
  readonly value: string;
  readonly status: TargetStatus;
}

function order<T extends { system: SystemName }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => SystemNames.indexOf(a.system) - SystemNames.indexOf(b.system));
}

/** Rows measured in rounds: their ratios pair the rounds (the median of the per-round ratios). */
interface Paired {
  readonly system: SystemName;
  readonly runs: readonly number[];
}

/** row ÷ other, paired by round. */
function rowRatio(row: Paired, other: Paired | undefined): number {
  return other ? pairedRatio(row.runs, other.runs) : Number.NaN;
}

const peersIn = (rows: readonly { system: SystemName }[]): SystemName[] =>
  PEERS.filter((peer) => peer !== 'raw-udp' || rows.some((r) => r.system === peer));

function ratioCells<T extends Paired>(rows: readonly T[], row: T): string[] {
  return peersIn(rows).map((peer) =>
    peer === row.system
      ? '1.00×'
      : times(
          rowRatio(
            row,
            rows.find((r) => r.system === peer),
          ),
        ),
  );
}

const ratioHeader = (metric: string, rows: readonly { system: SystemName }[]): string[] =>
  peersIn(rows).map((p) => `${metric} ÷ ${p}`);

export function renderLatency(results: CompareResults, cfg: CompareConfig, targets: Target[]): string {
  const rows = order(results.latency);
  const table = markdownTable(
    ['system', 'p50 µs', 'p99 µs', 'p99.9 µs', 'samples / run', 'runs (p50 µs)', ...ratioHeader('p50', rows)],
    rows.map((r) => [
      r.system,
      num(r.p50),
      num(r.p99),
      num(r.p999),
      String(r.count),
      r.runs.map((x) => num(x)).join(' / '),
      ...ratioCells(rows, r),
    ]),
  );
  const raw = rows.find((r) => r.system === 'raw');
  for (const hw of rows.filter((r) => HEARTWIRE.includes(r.system))) {
    const x = rowRatio(hw, raw);
    targets.push({
      scenario: 'latency',
      system: hw.system,
      target: 'p50 ≤ 1.1× raw',
      value: times(x),
      status: check(x, (v) => v <= 1.1),
    });
  }
  const l = cfg.latency;
  const rounds =
    l.runs > 1
      ? ` ${l.runs} rounds, each with fresh processes; p50, p99 and p99.9 are medians over the rounds, ratios the median of the per-round ratios.`
      : '';
  const spread =
    raw && l.runs > 1
      ? rows
          .filter((r) => HEARTWIRE.includes(r.system))
          .map((r) => `${r.system} ${r.runs.map((x, i) => times(ratio(x, raw.runs[i]))).join(', ')}`)
      : [];
  const perRound = spread.length ? `\n\nPer-round p50 ÷ raw: ${spread.join('; ')}.` : '';
  return `## 1. Latency\n\nOne client per system, ${l.count.toLocaleString('en-US')} sequential round trips of ${l.size} B after ${l.warmup.toLocaleString('en-US')} warm-up, measured in the client. Lower is better. Within a round the systems take turns, ${l.block.toLocaleString('en-US')} round trips at a time in rotating order, with every server and client up for the whole round: each system's samples then come from the same stretch of time, so the machine's changes of speed weigh on all of them alike.${rounds}${perRound}\n\n${table}`;
}

export function renderThroughput(results: CompareResults, cfg: CompareConfig, targets: Target[]): string {
  const t = cfg.throughput;
  const parts: string[] = [
    `## 2. Throughput\n\n${t.size} B requests, ${t.windowMs / 1000} s window per system, median of ${t.runs} run${t.runs > 1 ? 's' : ''}${t.runs > 1 ? ' (rounds, each with fresh server and load processes; ratios are the median of the per-round ratios)' : ''}. Within a round every system's server and load process is up and connected at once, and the systems take turns: each keeps its requests in flight for ${t.sliceMs} ms, in rotating order, until every system has had its window, so that each system's window is spread over the same stretch of time and the machine's changes of speed weigh on all of them alike. A turn ends once the requests still in flight are answered. Server CPU is user + system seconds over the window (the turns summed, their drains included); load CPU is the load generator's, over the same turns (the process near one core's worth bounds the rate); peak RSS is the server's maximum resident set size.`,
  ];
  for (const shape of t.shapes) {
    const rows = order(
      results.throughput.filter((r) => r.connections === shape.connections && r.inFlight === shape.inFlight),
    );
    const label = `${shape.connections} connection${shape.connections > 1 ? 's' : ''} × ${shape.inFlight} in flight`;
    parts.push(
      `### ${label}\n\n${markdownTable(
        [
          'system',
          'req/s',
          'server CPU s',
          'server CPU µs / req',
          'load CPU µs / req',
          'server peak RSS',
          'runs (req/s)',
          'errors',
          ...ratioHeader('req/s', rows),
        ],
        rows.map((r) => [
          r.system,
          num(r.requestsPerSec),
          num(r.serverCpuSecs),
          num(r.serverCpuMicrosPerRequest),
          num(r.clientCpuMicrosPerRequest),
          bytes(r.serverPeakRss),
          r.runs.map((x) => num(x)).join(' / '),
          r.errors ? `${r.errors} (${r.firstError.slice(0, 60)})` : '0',
          ...ratioCells(rows, r),
        ]),
      )}`,
    );
    const raw = rows.find((r) => r.system === 'raw');
    const sio = rows.find((r) => r.system === 'socket.io');
    for (const hw of rows.filter((r) => HEARTWIRE.includes(r.system))) {
      const vsRaw = rowRatio(hw, raw);
      const vsSio = rowRatio(hw, sio);
      targets.push({
        scenario: `throughput ${label}`,
        system: hw.system,
        target: '≥ 0.5× raw',
        value: times(vsRaw),
        status: check(vsRaw, (v) => v >= 0.5),
      });
      targets.push({
        scenario: `throughput ${label}`,
        system: hw.system,
        target: '≥ 5× socket.io',
        value: times(vsSio),
        status: check(vsSio, (v) => v >= 5),
      });
    }
  }
  return parts.join('\n\n');
}

export function renderIdle(results: CompareResults, cfg: CompareConfig, targets: Target[]): string {
  const hb = cfg.heartbeat;
  const parts: string[] = [
    `## 3. Idle heartbeat\n\nIdle clients spread over several load processes (at most ${cfg.idle.clientsPerProcess.toLocaleString('en-US')} each), heartbeat ${hb.intervalMs} ms / timeout ${hb.timeoutMs} ms, ${cfg.idle.windowMs / 1000} s window${cfg.idle.rounds > 1 ? `, ${cfg.idle.rounds} rounds for raw and heartwire (each round measures them in turn, in reverse order every other round, fresh processes each time; the peers are measured in the first round only): values are medians over the rounds, CPU ratios the median of the per-round ratios, false timeouts the sum over the rounds` : ''}. Server CPU % of one core over the window; RSS per connection = (server RSS after GC with all clients − RSS after GC with the first 5 % of them) ÷ the clients added in between, read in a second pass with fresh processes whose server runs with a fixed 1 MB young generation (${'`'}${IDLE_SERVER_FLAGS.join(' ')}${'`'}, every system alike: V8 otherwise resizes it by several MB between the two readings; the CPU window runs with node's defaults); heap per connection the same for heapUsed + external; false timeouts = live clients dropped during the window (seen by the server or by the clients).`,
  ];
  for (const size of cfg.idle.sizes) {
    const rows = order(results.idle.filter((r) => r.clients === size));
    parts.push(
      `### ${size.toLocaleString('en-US')} idle clients\n\n${markdownTable(
        [
          'system',
          'connected',
          'server CPU %',
          'RSS / connection',
          'heap / connection',
          'false timeouts',
          'runs (CPU %)',
          ...ratioHeader('CPU', rows),
          'RSS ÷ raw',
        ],
        rows.map((r) => {
          const raw = rows.find((x) => x.system === 'raw');
          return [
            r.system,
            r.connected.toLocaleString('en-US'),
            num(r.cpuPercent),
            bytes(r.rssPerConnection),
            bytes(r.heapPerConnection),
            r.falseTimeouts ? `${r.falseTimeouts} (${describeCounts(r.reasons) || 'seen by clients'})` : '0',
            r.runs.map((x) => (Number.isFinite(x) ? num(x) : '—')).join(' / '),
            ...ratioCells(rows, r),
            r.system === 'raw' ? '1.00×' : times(ratio(r.rssPerConnection, raw?.rssPerConnection)),
          ];
        }),
      )}`,
    );
    const raw = rows.find((r) => r.system === 'raw');
    for (const hw of rows.filter((r) => HEARTWIRE.includes(r.system))) {
      const cpu = rowRatio(hw, raw);
      targets.push({
        scenario: `idle ${size}`,
        system: hw.system,
        target: 'CPU ≤ 1.0× raw',
        value: times(cpu),
        status: check(cpu, (v) => v <= 1.0),
      });
      targets.push({
        scenario: `idle ${size}`,
        system: hw.system,
        target: 'RSS / connection ≤ 8 KB',
        value: bytes(hw.rssPerConnection),
        // A negative difference is RSS noise (a small run, memory given back to the OS): not a measurement.
        status: check(
          hw.rssPerConnection < 0 ? Number.NaN : hw.rssPerConnection,
          (v) => v <= RSS_PER_CONNECTION_TARGET,
        ),
      });
    }
  }
  return parts.join('\n\n');
}

export function renderDetection(results: CompareResults, cfg: CompareConfig, targets: Target[]): string {
  const rows = order(results.detection);
  const table = markdownTable(
    ['system', 'each (ms)', 'median ms', 'median ÷ timeout', 'server event'],
    rows.map((r) => [
      r.system,
      r.samples.map((s) => (Number.isFinite(s) ? String(Math.round(s)) : 'missed')).join(', '),
      num(r.median),
      times(ratio(r.median, r.timeoutMs)),
      r.event,
    ]),
    [1, 4],
  );
  for (const hw of rows.filter((r) => HEARTWIRE.includes(r.system))) {
    targets.push({
      scenario: 'detection',
      system: hw.system,
      target: `median ≤ timeout (${hw.timeoutMs} ms)`,
      value: `${num(hw.median)} ms`,
      status: check(hw.median, (v) => v <= hw.timeoutMs),
    });
  }
  return `## 4. Detection\n\nOne client frozen with SIGSTOP at a random phase of its heartbeat (interval ${cfg.heartbeat.intervalMs} ms, timeout ${cfg.heartbeat.timeoutMs} ms); time from the SIGSTOP to the server's event, ${cfg.detection.repeats} repeat${cfg.detection.repeats > 1 ? 's' : ''}.\n\n${table}`;
}

export function renderStall(results: CompareResults, cfg: CompareConfig, targets: Target[]): string {
  const rows = order(results.stall);
  const table = markdownTable(
    [
      'system',
      'live clients',
      'stall ms',
      'server timeout events',
      'dropped by server',
      'lost by clients',
      'reasons',
    ],
    rows.map((r) => [
      r.system,
      String(r.clients),
      String(r.stallMs),
      String(r.serverTimeouts),
      String(r.serverDisconnects),
      String(r.clientsLost),
      r.detail || '—',
    ]),
    [6],
  );
  for (const hw of rows.filter((r) => HEARTWIRE.includes(r.system))) {
    const total = r0(hw.serverTimeouts) + r0(hw.serverDisconnects) + r0(hw.clientsLost);
    targets.push({
      scenario: 'stall',
      system: hw.system,
      target: 'zero false timeouts',
      value: String(total),
      status: check(total, (v) => v === 0),
    });
  }
  return `## 5. Stall\n\nThe server's event loop is blocked for 2 × timeout (${cfg.heartbeat.timeoutMs * 2} ms) while ${cfg.stall.clients} live clients keep heartbeating; then ${cfg.heartbeat.timeoutMs + cfg.heartbeat.intervalMs * 2} ms more are watched. Every drop is a false timeout: all clients were alive throughout.\n\n${table}`;
}

function r0(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export function renderTargets(targets: readonly Target[]): string {
  const met = targets.filter((t) => t.status === 'met').length;
  return `## Targets\n\n${met} of ${targets.length} met (reported, not asserted).\n\n${markdownTable(
    ['scenario', 'system', 'target', 'value', 'status'],
    targets.map((t) => [t.scenario, t.system, t.target, t.value, mark(t.status)]),
    [1, 2, 4],
  )}`;
}

export function renderMachine(machine: MachineInfo, versions: readonly [string, string][]): string {
  return `## Machine\n\n${markdownTable(
    ['', 'value'],
    [
      ['CPU', machine.cpu],
      ['cores', String(machine.cores)],
      ['memory', machine.memory],
      ['OS', machine.os],
      ['Node.js', machine.node],
      ['date', machine.date],
      ['pinning', machine.pinned],
    ],
    [1],
  )}\n\n## Versions\n\n${markdownTable(
    ['package', 'version'],
    versions.map(([n, v]) => [n, v]),
  )}`;
}
