// src/generated is committed so that nothing depends on task order; this proves it matches the .proto.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('generated code', () => {
  it('is what proto/chat.proto compiles to today', () => {
    const script = join(import.meta.dirname, '..', '..', '..', 'scripts', 'protobuf-codegen.mjs');
    const out = execFileSync(process.execPath, [script, 'proto', 'src/generated', '--check'], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  }, 60_000);
});
