// tsc compiles src/*.ts into dist/ but does not copy the generated JavaScript (src/generated/*.js and
// their .d.ts) that the compiled code imports: copy them next to it.
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const app = join(import.meta.dirname, '..');
cpSync(join(app, 'src', 'generated'), join(app, 'dist', 'generated'), { recursive: true });
