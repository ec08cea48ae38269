// What the root scripts (test, demo, bench) and the chat's run script share to drive turbo: the
// repository root, the environment that keeps turbo quiet and offline about itself (no telemetry,
// no update check), and a turbo invocation from the root with that environment.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

export const quietEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

export const turboBin = join(root, 'node_modules', '.bin', 'turbo');

/** Runs `turbo <args>` from the root, terminal attached unless `options` say otherwise. */
export function turbo(args, options = {}) {
  return spawnSync(turboBin, args, { cwd: root, env: quietEnv, stdio: 'inherit', ...options });
}
