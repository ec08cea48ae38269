// `pnpm demo`: the README's main command. Runs the chat demo story when apps/chat exists (built
// first, through turbo, so its generated protobuf code is current); before that, the transport's
// echo showcase from source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};
const args = process.argv.slice(2);

function run(command, argv, cwd = root) {
  const result = spawnSync(command, argv, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status || 1);
}

const chat = join(root, 'apps', 'chat');
if (existsSync(join(chat, 'package.json'))) {
  run(join(root, 'node_modules', '.bin', 'turbo'), [
    'run',
    'build',
    '--filter=@heartwire/chat...',
    '--output-logs=errors-only',
  ]);
  run(process.execPath, [join(chat, 'dist', 'demo.js'), ...args], chat);
} else {
  const echo = join(root, 'packages', 'transport', 'examples', 'echo.ts');
  run(
    process.execPath,
    ['-C', '@heartwire/source', '--import', 'tsx', echo, ...args],
    join(root, 'packages', 'transport'),
  );
}
