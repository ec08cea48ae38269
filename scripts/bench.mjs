// `pnpm bench [--quick]`: every benchmark of apps/bench, on heartwire as published: the packages are
// built first (turbo, cached when nothing changed), then the runner in apps/bench/src/run.ts loads
// their `dist` (apps/bench/src/lib/node-args.ts says why not the sources). The runner owns the
// order and writes docs/BENCHMARKS.md on a full run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { quietEnv, root, turbo } from './turbo.mjs';

const bench = join(root, 'apps', 'bench');

const build = turbo([
  'run',
  'build',
  '--filter=@heartwire/bench^...',
  '--output-logs=errors-only',
  '--concurrency=2',
]);
if (build.status !== 0) process.exit(build.status || 1);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(bench, 'src', 'run.ts'), ...process.argv.slice(2)],
  { cwd: bench, env: quietEnv, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
