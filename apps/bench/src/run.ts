// `pnpm bench [--quick] [--only=latency,throughput,idle,detection,stall] [--systems=raw,...] [--idle-sizes=2000,...] [--no-packages]`:
// the comparison of heartwire with raw node:net, socket.io and grpc-js (issue 8), then the
// per-package scripts, as one Markdown report. A full, unfiltered run writes docs/BENCHMARKS.md;
// any other run writes apps/bench/results/<quick|partial>.md. Exits non-zero only when something
// failed to run, never because a performance target was missed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type CompareConfig, fullConfig, quickConfig } from './compare/config.js';
import { ProcessPool } from './compare/harness.js';
import { type PackageRun, renderPackageRuns, runPackageScripts } from './compare/packages.js';
import {
  renderDetection,
  renderIdle,
  renderLatency,
  renderMachine,
  renderStall,
  renderTargets,
  renderThroughput,
  type Target,
} from './compare/report.js';
import type { CompareResults } from './compare/results.js';
import {
  detectionScenario,
  idleScenario,
  latencyScenario,
  type RunContext,
  stallScenario,
  throughputScenario,
} from './compare/scenarios.js';
import { coreSets } from './lib/children.js';
import { BENCH_DIR, machineInfo, packageVersions, REPO_DIR } from './lib/machine.js';
import { assertBuilt } from './lib/node-args.js';
import { isSystemName, SPEED_ONLY_SYSTEMS, type SystemName, SystemNames } from './systems/types.js';

const SCENARIOS = ['latency', 'throughput', 'idle', 'detection', 'stall'] as const;
type Scenario = (typeof SCENARIOS)[number];
const NOTES_MARKER = '<!-- notes: everything below this line is kept when the report is regenerated -->';

function parseArgs(argv: readonly string[]) {
  let quick = false;
  let packages = true;
  let only: Scenario[] = [...SCENARIOS];
  let systems: SystemName[] = [...SystemNames];
  let filtered = false;
  let idleSizes: number[] | undefined;
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--idle-sizes=')) {
      idleSizes = arg.slice(13).split(',').map(Number);
      if (idleSizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--idle-sizes takes client counts, e.g. --idle-sizes=2000,10000`);
      filtered = true;
    } else if (arg === '--no-packages') {
      packages = false;
      filtered = true;
    } else if (arg.startsWith('--only=')) {
      only = arg
        .slice(7)
        .split(',')
        .filter((s): s is Scenario => (SCENARIOS as readonly string[]).includes(s));
      filtered = true;
    } else if (arg.startsWith('--systems=')) {
      const wanted = arg.slice(10).split(',');
      for (const s of wanted)
        if (!isSystemName(s)) throw new Error(`unknown system ${s} (known: ${SystemNames.join(', ')})`);
      systems = SystemNames.filter((s) => wanted.includes(s));
      filtered = true;
    } else if (arg !== '--') throw new Error(`unknown argument ${arg}`);
  }
  return { quick, packages, only, systems, filtered, idleSizes };
}

/** The repository's formatter pads tables; a report it would rewrite would fail the format check. */
function formatMarkdown(file: string): void {
  const biome = join(REPO_DIR, 'node_modules', '.bin', 'biome');
  if (!existsSync(biome)) return;
  const result = spawnSync(biome, ['format', '--write', file], { cwd: REPO_DIR, stdio: 'ignore' });
  if (result.status !== 0) console.log(`(could not format ${file} with biome)`);
}

async function main(): Promise<number> {
  assertBuilt();
  const args = parseArgs(process.argv.slice(2));
  const base: CompareConfig = args.quick ? quickConfig : fullConfig;
  const cfg: CompareConfig = args.idleSizes
    ? { ...base, idle: { ...base.idle, sizes: args.idleSizes } }
    : base;
  const started = performance.now();
  const log = (line: string): void => console.log(line);
  const cores = coreSets();
  const pinned = cores
    ? `server on CPU ${cores.server}, load on CPU ${cores.load} (taskset)`
    : 'not pinned (no taskset or one core)';
  log(
    `heartwire benchmarks${args.quick ? ' (quick)' : ''}: ${args.only.join(', ')} × ${args.systems.join(', ')}; ${pinned}`,
  );

  const results: CompareResults = {
    latency: [],
    throughput: [],
    idle: [],
    detection: [],
    stall: [],
    failures: [],
  };
  const scenarioFns = {
    latency: latencyScenario,
    throughput: throughputScenario,
    idle: idleScenario,
    detection: detectionScenario,
    stall: stallScenario,
  } as const;

  const pool = new ProcessPool(cfg.parallel);
  const ctx: RunContext = { cfg, systems: args.systems, results, pool, log };
  const compare = async (): Promise<void> => {
    try {
      for (const scenario of args.only) {
        const t0 = performance.now();
        log(`▶ ${scenario}`);
        const speedScenario = scenario === 'latency' || scenario === 'throughput';
        const systems = speedScenario
          ? ctx.systems
          : ctx.systems.filter((s) => !SPEED_ONLY_SYSTEMS.includes(s));
        await scenarioFns[scenario]({ ...ctx, systems });
        log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await pool.close();
    }
  };
  // Quick runs only prove the machinery: the package scripts run alongside the comparison.
  let packageRuns: PackageRun[] = [];
  if (args.quick) {
    [, packageRuns] = await Promise.all([compare(), args.packages ? runPackageScripts(true, log) : []]);
  } else {
    await compare();
    if (args.packages) {
      log('▶ per-package scripts');
      packageRuns = await runPackageScripts(false, log);
    }
  }

  const targets: Target[] = [];
  const sections: string[] = [];
  if (args.only.includes('latency')) sections.push(renderLatency(results, cfg, targets));
  if (args.only.includes('throughput')) sections.push(renderThroughput(results, cfg, targets));
  if (args.only.includes('idle')) sections.push(renderIdle(results, cfg, targets));
  if (args.only.includes('detection')) sections.push(renderDetection(results, cfg, targets));
  if (args.only.includes('stall')) sections.push(renderStall(results, cfg, targets));
  const failedPackages = packageRuns.filter((r) => !r.ok);
  const failures = [
    ...results.failures,
    ...failedPackages.map((r) => `per-package script ${r.name}: ${r.error.split('\n')[0]}`),
  ];
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const command = `pnpm bench ${process.argv.slice(2).join(' ')}`.trim();

  const body = [
    `# heartwire benchmarks${args.quick ? ' (quick smoke run: small sizes, systems run concurrently — not for comparison)' : ''}`,
    `Generated by \`${command}\` in ${minutes} min. Every loop bounded; server and load generator in separate processes${cores ? ' pinned to different cores' : ''}; loopback only; heartwire loaded as published (the packages' built \`dist\`). Ratios are row ÷ column system, measured in the same run.`,
    renderTargets(targets),
    ...sections,
    failures.length ? `## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '',
    args.packages ? renderPackageRuns(packageRuns) : '',
    renderMachine(machineInfo(pinned), packageVersions()),
  ]
    .filter(Boolean)
    .join('\n\n');

  const out = args.quick
    ? join(BENCH_DIR, 'results', 'quick.md')
    : args.filtered
      ? join(BENCH_DIR, 'results', 'partial.md')
      : join(REPO_DIR, 'docs', 'BENCHMARKS.md');
  let notes = '';
  if (existsSync(out)) {
    const previous = readFileSync(out, 'utf8');
    const at = previous.indexOf(NOTES_MARKER);
    if (at >= 0) notes = previous.slice(at + NOTES_MARKER.length).trim();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${body}\n\n${NOTES_MARKER}\n\n${notes}\n`.replace(/\n{3,}/g, '\n\n'));

  if (out.startsWith(join(REPO_DIR, 'docs'))) formatMarkdown(out);
  log(`\n${renderTargets(targets)}\n`);
  for (const section of sections) log(`${section}\n`);
  log(`Report written to ${relative(process.cwd(), out)} (${minutes} min).`);
  if (failures.length) {
    log(`\n✖ ${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
