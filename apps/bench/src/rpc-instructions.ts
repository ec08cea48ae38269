// Benchmark: instructions per RPC call, counted rather than timed. On a shared machine whose speed
// drifts by tens of per cent, timed A/B runs cannot see a change of a few per cent in the RPC
// layer's own work; an instruction count can (runs of one build agree within about 1 %). valgrind's
// cachegrind counts every instruction of a child (rpc-instructions-child.mjs: both peers in one
// process over the in-memory pair, no sockets), node runs with --single-threaded so that V8
// compiles and collects on the main thread, at the same points every run, and the count per call is
// (count for N2 calls − count for N1 calls) ÷ (N2 − N1), which cancels start-up and warm-up.
// Instructions are not time (cache misses and system calls are not in them): this tells whether a
// change made the layer do less, the timed benchmarks tell what that is worth.
//
// Needs valgrind (Debian: apt-get install valgrind); without it the script says so and exits 0.
// Not part of `pnpm bench` (a few minutes under valgrind). A baseline is another build's rpc:
//
//   pnpm build && cd apps/bench && node --import tsx src/rpc-instructions.ts [--quick]
//     [--transports tcp,udp] [--inflight 32] [--repeats 2]
//     [--baseline <path to another checkout's packages/rpc/dist/index.js>]

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    transports: { type: 'string', default: 'tcp,udp' },
    inflight: { type: 'string', default: '32' },
    repeats: { type: 'string' },
    baseline: { type: 'string' },
  },
});
const quick = values.quick;
const transports = values.transports.split(',').filter((t): t is 'tcp' | 'udp' => t === 'tcp' || t === 'udp');
const inflight = Number(values.inflight);
const repeats = Number(values.repeats ?? (quick ? 1 : 2));
const N1 = quick ? 5_000 : 20_000;
const N2 = quick ? 25_000 : 100_000;
const CHILD = fileURLToPath(new URL('./rpc-instructions-child.mjs', import.meta.url));

const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.status !== 0) {
  console.log(
    '## rpc-instructions\n\nvalgrind not found (Debian: `apt-get install valgrind`): instruction counts skipped.',
  );
  process.exit(0);
}

/** Instructions executed by one child run (cachegrind's "I refs"). */
function countInstructions(transport: string, calls: number, rpcModule: string | undefined): Promise<number> {
  const args = [
    '--tool=cachegrind',
    '--cache-sim=no',
    '--cachegrind-out-file=/dev/null',
    // V8 writes and rewrites its own code.
    '--smc-check=all-non-file',
    process.execPath,
    '--single-threaded',
    CHILD,
    transport,
    String(calls),
    String(inflight),
    ...(rpcModule ? [rpcModule] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (code !== 0 || !match)
        reject(new Error(`valgrind run failed (exit ${code}): ${stderr.slice(-500)}`));
      else resolve(Number(match[1]!.replaceAll(',', '')));
    });
  });
}

/** Instructions per call: the two lengths run side by side (two cores), the difference taken. */
async function perCall(transport: string, rpcModule: string | undefined): Promise<number> {
  const [short, long] = await Promise.all([
    countInstructions(transport, N1, rpcModule),
    countInstructions(transport, N2, rpcModule),
  ]);
  return (long - short) / (N2 - N1);
}

const builds: { name: string; module: string | undefined }[] = [{ name: 'this build', module: undefined }];
if (values.baseline) builds.unshift({ name: 'baseline', module: values.baseline });

const rows: string[] = [];
for (const transport of transports) {
  const results = new Map<string, number[]>();
  // Builds alternate, so that both see the same machine (the count hardly depends on it anyway).
  for (let r = 0; r < repeats; r++) {
    for (const build of builds) {
      const value = await perCall(transport, build.module);
      console.error(`  ${transport} ${build.name} run ${r + 1}: ${value.toFixed(0)} instructions per call`);
      results.set(build.name, [...(results.get(build.name) ?? []), value]);
    }
  }
  const base = values.baseline ? median(results.get('baseline')!) : undefined;
  for (const build of builds) {
    const runs = results.get(build.name)!;
    const m = median(runs);
    const vsBase = base === undefined ? '' : ` ${(m / base).toFixed(3)}× |`;
    rows.push(
      `| ${transport} | ${build.name} | ${Math.round(m).toLocaleString('en-US')} | ${runs.map((v) => Math.round(v).toLocaleString('en-US')).join(' / ')} |${vsBase}`,
    );
  }
}

const header = values.baseline
  ? '| transport | build | instructions / call | runs | ÷ baseline |\n| :--- | :--- | ---: | ---: | ---: |'
  : '| transport | build | instructions / call | runs |\n| :--- | :--- | ---: | ---: |';
console.log(
  `## rpc-instructions\n\nInstructions per unary call (64 B echo, both peers in one process over the in-memory pair, ${inflight} calls in flight), counted by cachegrind: (count for ${N2.toLocaleString('en-US')} calls − count for ${N1.toLocaleString('en-US')}) ÷ ${(N2 - N1).toLocaleString('en-US')}.\n\n${header}\n${rows.join('\n')}`,
);
