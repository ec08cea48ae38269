// The per-package benchmark scripts of apps/bench/src (transport, heartbeat, rpc, user-manager),
// run as child processes when they exist; their Markdown output goes into the report as is.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../lib/machine.js';
import { NODE_ARGS } from '../lib/node-args.js';

export const PACKAGE_SCRIPTS = [
  'transport-echo',
  'heartbeat-idle',
  'rpc-unary',
  'rpc-envelope',
  'rpc-replay-running',
  'rpc-latency-layers',
  'user-manager-memory',
] as const;

export interface PackageRun {
  readonly name: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly markdown: string;
  readonly error: string;
}

const MAX_OUTPUT = 1024 * 1024;

function runOne(name: string, quick: boolean, timeoutMs: number): Promise<PackageRun> {
  const file = join(BENCH_DIR, 'src', `${name}.ts`);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_ARGS, file, ...(quick ? ['--quick'] : [])], {
      cwd: BENCH_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', kill);
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', kill);
      const seconds = (performance.now() - t0) / 1000;
      const ok = code === 0 && !timedOut;
      const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${signal ?? code}`;
      resolve({
        name,
        ok,
        seconds,
        markdown: stdout.trim(),
        error: ok ? '' : `${why}\n${stderr.trim().slice(-2000)}`,
      });
    });
  });
}

/**
 * Runs the scripts that exist: one after the other in a full run (each measures on its own), all at
 * once in a quick run (a smoke test of each script, not a measurement).
 */
export async function runPackageScripts(quick: boolean, log: (line: string) => void): Promise<PackageRun[]> {
  const present = PACKAGE_SCRIPTS.filter((name) => {
    const exists = existsSync(join(BENCH_DIR, 'src', `${name}.ts`));
    if (!exists) log(`  ${name}: not present, skipped`);
    return exists;
  });
  const one = async (name: string): Promise<PackageRun> => {
    log(`  ${name}${quick ? ' --quick' : ''} ...`);
    const run = await runOne(name, quick, quick ? 100_000 : 15 * 60_000);
    log(
      `  ${name}: ${run.ok ? 'done' : `FAILED (${run.error.split('\n')[0]})`} in ${run.seconds.toFixed(1)} s`,
    );
    return run;
  };
  if (quick) return Promise.all(present.map(one));
  const out: PackageRun[] = [];
  for (const name of present) out.push(await one(name));
  return out;
}

export function renderPackageRuns(runs: readonly PackageRun[]): string {
  if (runs.length === 0)
    return '## Per-package benchmarks\n\nNone of the per-package scripts is present yet.';
  const parts = runs.map((r) => {
    const body = r.ok
      ? r.markdown || '_(no output)_'
      : `**Failed:**\n\n\`\`\`\n${r.error}\n\`\`\`\n\n${r.markdown}`;
    return `### ${r.name} (${r.seconds.toFixed(1)} s)\n\nCommand: \`node --import tsx src/${r.name}.ts\` (after \`pnpm build\`)\n\n${shiftHeadings(body)}`;
  });
  return `## Per-package benchmarks\n\n${parts.join('\n\n')}`;
}

/** Demotes the scripts' own headings below ours (`#` → `####`). */
function shiftHeadings(markdown: string): string {
  return markdown.replace(
    /^(#{1,3}) /gm,
    (_m, hashes: string) => `${'#'.repeat(Math.min(6, hashes.length + 3))} `,
  );
}
