// Every pending changeset must be one `changeset version` can read: frontmatter between `---` lines
// naming published workspace packages with a bump type. A file that does not parse stops the whole
// release, and nothing else reads these files before one, so the test command checks them. Parsed
// with the parser of the installed @changesets/cli, resolved through it (it is not a direct
// dependency of the workspace).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './turbo.mjs';

const fromCli = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
const parse = fromCli('@changesets/parse').default;

const published = new Set();
for (const dir of readdirSync(join(root, 'packages'))) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  if (!manifest.private) published.add(manifest.name);
}

const folder = join(root, '.changeset');
const problems = [];
let count = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  count++;
  try {
    const { releases, summary } = parse(readFileSync(join(folder, file), 'utf8'));
    if (releases.length === 0) problems.push(`${file}: names no package`);
    if (!summary.trim()) problems.push(`${file}: has no summary`);
    for (const { name, type } of releases) {
      if (!published.has(name)) problems.push(`${file}: ${name} is not a published workspace package`);
      if (!['major', 'minor', 'patch'].includes(type))
        problems.push(`${file}: ${name} has bump type ${type}`);
    }
  } catch (error) {
    problems.push(`${file}: ${String(error.message).split('\n')[0]}`);
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${count} changesets parse and name published packages`);
