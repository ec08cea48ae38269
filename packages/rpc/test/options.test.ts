// The batch size a peer uses when none is set: by the remote address of its connection.

import { describe, expect, it } from 'vitest';
import { LOOPBACK_BATCH_BYTES, PATH_BATCH_BYTES } from '../src/index.js';
import { batchBytesFor, isLoopbackAddress, resolveOptions } from '../src/options.js';

describe('datagramBatchBytes by address', () => {
  it('knows loopback addresses as sockets report them', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of [
      '10.0.0.1',
      '192.168.1.127',
      '1.127.0.0',
      '::',
      '::2',
      'fe80::1',
      '::ffff:10.0.0.1',
      'memory',
    ]) {
      expect(isLoopbackAddress(address), address).toBe(false);
    }
  });

  it('defaults to the loopback size towards loopback and the path size elsewhere; a set value wins', () => {
    const defaults = resolveOptions({});
    expect(batchBytesFor(defaults, '127.0.0.1')).toBe(LOOPBACK_BATCH_BYTES);
    expect(batchBytesFor(defaults, '::1')).toBe(LOOPBACK_BATCH_BYTES);
    expect(batchBytesFor(defaults, '203.0.113.9')).toBe(PATH_BATCH_BYTES);
    for (const set of [0, 600, 1200, 30_000]) {
      const options = resolveOptions({ datagramBatchBytes: set });
      expect(batchBytesFor(options, '127.0.0.1')).toBe(set);
      expect(batchBytesFor(options, '203.0.113.9')).toBe(set);
    }
  });

  it('rejects a size that is not a non-negative integer', () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      expect(() => resolveOptions({ datagramBatchBytes: bad })).toThrow(/datagramBatchBytes/);
    }
  });
});
