// Compiles every .proto of a folder with protobufjs-cli (pbjs static-module + pbts) into an output
// folder, for the packages that commit generated code (apps/chat, packages/rpc's test fixture).
// The output is committed, so tests and typecheck on a fresh clone need no build step; the `generate`
// task (turbo) refreshes it, and `--check` (run by each package's test) fails when the committed
// files differ from what the .proto files produce today.
//
//   node ../../scripts/protobuf-codegen.mjs <proto dir> <output dir> [--check]   (from the package)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const [protoDir, outDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!protoDir || !outDir) {
  console.error('usage: protobuf-codegen.mjs <proto dir> <output dir> [--check]');
  process.exit(64);
}
const pkg = process.cwd();
const protos = resolve(pkg, protoDir);
const target = resolve(pkg, outDir);
const check = process.argv.includes('--check');
// protobufjs-cli is a devDependency of the package being generated, so resolve it from there.
const require = createRequire(join(pkg, 'package.json'));
const cli = dirname(require.resolve('protobufjs-cli/package.json'));
const pbjs = join(cli, 'bin', 'pbjs');
const pbts = join(cli, 'bin', 'pbts');

const out = check ? mkdtempSync(join(tmpdir(), 'heartwire-codegen-')) : target;
const produced = [];
try {
  for (const file of readdirSync(protos).filter((f) => f.endsWith('.proto'))) {
    const name = basename(file, '.proto');
    const js = join(out, `${name}.js`);
    const dts = join(out, `${name}.d.ts`);
    execFileSync(process.execPath, [
      pbjs,
      '--target',
      'static-module',
      '--wrap',
      'esm',
      '--dependency',
      'protobufjs/minimal.js',
      '--out',
      js,
      join(protos, file),
    ]);
    execFileSync(process.execPath, [pbts, '--out', dts, js]);
    // Paths in the output would differ between checkouts; nothing else is machine-specific.
    for (const path of [js, dts]) writeFileSync(path, readFileSync(path, 'utf8').replaceAll(out, outDir));
    produced.push(`${name}.js`, `${name}.d.ts`);
  }
  if (check) {
    const stale = produced.filter((f) => {
      try {
        return readFileSync(join(out, f), 'utf8') !== readFileSync(join(target, f), 'utf8');
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`${outDir} is out of date (${stale.join(', ')}): run \`pnpm generate\` in ${pkg}`);
      process.exit(1);
    }
    console.log(`${outDir} is up to date (${produced.length} files)`);
  } else {
    console.log(`generated ${produced.join(', ')}`);
  }
} finally {
  if (check) rmSync(out, { recursive: true, force: true });
}
