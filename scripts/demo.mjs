// `pnpm demo`: the README's main command. Runs the chat demo story when apps/chat exists (built
// first, through turbo, so its generated protobuf code is current); before that, the transport's
// echo showcase from source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quietEnv, root, turboBin } from './turbo.mjs';

const args = process.argv.slice(2);

function run(command, argv, cwd = root) {
  const result = spawnSync(command, argv, { cwd, env: quietEnv, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status || 1);
}

const chat = join(root, 'apps', 'chat');
if (existsSync(join(chat, 'package.json'))) {
  run(turboBin, ['run', 'build', '--filter=@heartwire/chat...', '--output-logs=errors-only']);
  run(process.execPath, [join(chat, 'dist', 'demo.js'), ...args], chat);
} else {
  const echo = join(root, 'packages', 'transport', 'examples', 'echo.ts');
  run(
    process.execPath,
    ['-C', '@heartwire/source', '--import', 'tsx', echo, ...args],
    join(root, 'packages', 'transport'),
  );
}
