// DESIGN §2: the protocol package is pure — no sockets and no timers — so every transport and every
// test can use it. This test keeps it so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

describe('protocol purity', () => {
  it('imports no socket or timer module and calls no timer', () => {
    for (const file of readdirSync(src)) {
      const text = readFileSync(join(src, file), 'utf8');
      expect(text, file).not.toMatch(/from 'node:(net|dgram|timers|tls|http|https)/);
      expect(text, file).not.toMatch(/\b(setTimeout|setInterval|setImmediate)\s*\(/);
      expect(text, file).not.toMatch(/from '@heartwire\//);
    }
  });
});
