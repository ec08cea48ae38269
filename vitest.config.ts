// One test configuration for the whole monorepo: every package and app with a test/ folder is a project.
// Tests run from TypeScript source: the `@heartwire/source` export condition points each workspace
// package at its src/ instead of its (possibly unbuilt) dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const conditions = ['@heartwire/source'];

function projectDirs(): string[] {
  const out: string[] = [];
  for (const group of ['packages', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (existsSync(join(base, name, 'test'))) out.push(join(group, name));
    }
  }
  return out;
}

export default defineConfig({
  resolve: { conditions: [...conditions, 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: [...conditions, 'node', 'import', 'default'] } },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: projectDirs().map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string };
      return {
        extends: true,
        test: {
          name: pkg.name,
          root: join(root, dir),
          include: ['test/**/*.test.ts'],
        },
      };
    }),
  },
});
