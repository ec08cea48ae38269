// The whole test suite, as the README's test command runs it and CI runs it (.ci/run):
// format and lint, the pending changesets, typecheck, the published-package checks, every test, then
// the demo and the benchmarks as smoke tests.
// Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietEnv, root } from './turbo.mjs';

const started = Date.now();

function step(title, command, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env: quietEnv, stdio: 'inherit' });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal}) after ${secs} s`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${secs} s)`);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

step('format and lint', bin('biome'), ['ci', '.']);
step('changesets', 'node', [join(root, 'scripts', 'check-changesets.mjs')]);
step('typecheck, build, package checks', bin('turbo'), [
  'run',
  'typecheck',
  'check:package',
  '--output-logs=errors-only',
  '--concurrency=2',
]);

const report = join(mkdtempSync(join(tmpdir(), 'heartwire-test-')), 'vitest.json');
step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
const summary = JSON.parse(readFileSync(report, 'utf8'));

if (existsSync(join(root, 'apps', 'chat', 'package.json'))) {
  step('demo (smoke)', 'node', [join(root, 'scripts', 'demo.mjs')]);
}
if (existsSync(join(root, 'apps', 'bench', 'package.json'))) {
  step('benchmarks (quick smoke)', 'node', [join(root, 'scripts', 'bench.mjs'), '--quick']);
}

console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(
  `tests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
);
