// How every benchmark process loads code: the bench's own TypeScript through tsx, heartwire as its
// users get it, the packages' built `dist` (tsc output; `scripts/bench.mjs` builds it first).
//
// Not heartwire's sources through tsx (`-C @heartwire/source`): tsx's esbuild keeps function names
// by wrapping every closure that is given a name in a runtime `Object.defineProperty` (`__name`),
// which costs time wherever such a closure is made and heap wherever one is kept (a heap snapshot
// of a server with idle heartwire-udp connections: 4.1 KiB per connection from source, 3.1 KiB
// built, the difference being four closures per connection with an own `name` property). Users of
// the published packages never pay it, so the benchmarks must not either.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const NODE_ARGS: readonly string[] = ['--import', 'tsx'];

/** Throws with the command to run when a heartwire package the benchmarks load is not built. */
export function assertBuilt(): void {
  const require = createRequire(import.meta.url);
  for (const name of ['protocol', 'transport', 'heartbeat', 'rpc', 'user-manager', 'rapid']) {
    const manifest = require.resolve(`@heartwire/${name}/package.json`);
    if (!existsSync(join(dirname(manifest), 'dist', 'index.js'))) {
      throw new Error(
        `@heartwire/${name} is not built: run \`pnpm build\` (or \`pnpm bench\`, which builds first)`,
      );
    }
  }
}
