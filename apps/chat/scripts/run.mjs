// `pnpm chat:server [options]` and `pnpm chat:client --user <name> [options]` at the root: builds the
// chat (through turbo, cached, quiet) and runs the program with this terminal, passing the options on.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { turbo } from '../../../scripts/turbo.mjs';

const [program, ...args] = process.argv.slice(2);
if (program !== 'server-main' && program !== 'client-main') {
  console.error('usage: node scripts/run.mjs server-main|client-main [options]');
  process.exit(64);
}
const app = join(import.meta.dirname, '..');
const build = turbo(
  ['run', 'build', '--filter=@heartwire/chat...', '--output-logs=errors-only', '--log-prefix=none'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error(
    `building the chat failed (exit ${build.status ?? build.signal}): run \`pnpm build\` to see why`,
  );
  process.exit(1);
}
const child = spawn(process.execPath, [join(app, 'dist', `${program}.js`), ...args], { stdio: 'inherit' });
// Ctrl-C reaches the program too (same process group): let it shut down and report its own exit.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
