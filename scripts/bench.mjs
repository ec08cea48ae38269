// `pnpm bench [--quick]`: every benchmark of apps/bench, from source (tsx + the @heartwire/source
// export condition), so no build is needed. The runner in apps/bench/src/run.ts owns the order and
// writes docs/BENCHMARKS.md on a full run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bench = join(import.meta.dirname, '..', 'apps', 'bench');
const result = spawnSync(
  process.execPath,
  ['-C', '@heartwire/source', '--import', 'tsx', join(bench, 'src', 'run.ts'), ...process.argv.slice(2)],
  { cwd: bench, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
