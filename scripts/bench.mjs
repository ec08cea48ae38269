// `pnpm bench [--quick]`: every benchmark of apps/bench, on heartwire as published: the packages are
// built first (turbo, cached when nothing changed), then the runner in apps/bench/src/run.ts loads
// their `dist` (apps/bench/src/lib/node-args.ts says why not the sources). The runner owns the
// order and writes docs/BENCHMARKS.md on a full run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bench = join(root, 'apps', 'bench');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

const build = spawnSync(
  join(root, 'node_modules', '.bin', 'turbo'),
  ['run', 'build', '--filter=@heartwire/bench^...', '--output-logs=errors-only', '--concurrency=2'],
  { cwd: root, env, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status || 1);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(bench, 'src', 'run.ts'), ...process.argv.slice(2)],
  { cwd: bench, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
