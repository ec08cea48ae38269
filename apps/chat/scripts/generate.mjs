// Compiles proto/chat.proto with protobufjs-cli (pbjs static-module + pbts) into src/generated/.
// The output is committed, so tests and typecheck on a fresh clone need no build step; the
// `generate` task (turbo) refreshes it, and `--check` (run by test/generated.test.ts) fails when the
// committed files differ from what the .proto produces today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const app = join(import.meta.dirname, '..');
const protos = join(app, 'proto');
const target = join(app, 'src', 'generated');
const check = process.argv.includes('--check');
const require = createRequire(join(app, 'package.json'));
const cli = dirname(require.resolve('protobufjs-cli/package.json'));
const pbjs = join(cli, 'bin', 'pbjs');
const pbts = join(cli, 'bin', 'pbts');

const out = check ? mkdtempSync(join(tmpdir(), 'heartwire-chat-gen-')) : target;
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
    for (const path of [js, dts])
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(out, 'src/generated'));
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
      console.error(`src/generated is out of date (${stale.join(', ')}): run \`pnpm generate\` in apps/chat`);
      process.exit(1);
    }
    console.log(`src/generated is up to date (${produced.length} files)`);
  } else {
    console.log(`generated ${produced.join(', ')}`);
  }
} finally {
  if (check) rmSync(out, { recursive: true, force: true });
}
