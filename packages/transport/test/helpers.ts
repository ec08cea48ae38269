// Test helpers: bounded waits (never fixed sleeps) and a registry that closes everything a test opened.

import { once } from 'node:events';
import { type CloseInfo, type Connection, FrameKind } from '@heartwire/protocol';
import { expect } from 'vitest';

export const WAIT_MS = 10_000;

/** Polls `predicate` until true; throws after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean,
  timeoutMs = WAIT_MS,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The next `close` of a connection, bounded. */
export async function nextClose(connection: Connection, timeoutMs = WAIT_MS): Promise<CloseInfo> {
  const [info] = (await once(connection, 'close', { signal: AbortSignal.timeout(timeoutMs) })) as [CloseInfo];
  return info;
}

/** The next `frame` of a connection, bounded. */
export async function nextFrame(
  connection: Connection,
  timeoutMs = WAIT_MS,
): Promise<{ kind: FrameKind; payload: Buffer }> {
  const [kind, payload] = (await once(connection, 'frame', { signal: AbortSignal.timeout(timeoutMs) })) as [
    FrameKind,
    Buffer,
  ];
  return { kind, payload };
}

/**
 * Sends DATA, PING, PONG, DATA from `from` and checks that `to` fires `frame` for each and `control`
 * right after it for PING and PONG, in that order.
 */
export async function expectFrameAndControlEvents(from: Connection, to: Connection): Promise<void> {
  const seen: string[] = [];
  to.on('frame', (kind) => seen.push(`frame:${kind}`));
  to.on('control', (kind) => seen.push(`control:${kind}`));
  from.send(FrameKind.DATA, Buffer.from('a'));
  from.send(FrameKind.PING, Buffer.from([0, 0, 0, 7]));
  from.send(FrameKind.PONG, Buffer.from([0, 0, 0, 7]));
  from.send(FrameKind.DATA, Buffer.from('b'));
  await waitFor(() => seen.length === 6, WAIT_MS, 'six events');
  const { DATA, PING, PONG } = FrameKind;
  expect(seen).toEqual([
    `frame:${DATA}`,
    `frame:${PING}`,
    `control:${PING}`,
    `frame:${PONG}`,
    `control:${PONG}`,
    `frame:${DATA}`,
  ]);
}

/** Records every `close` of a connection, to prove it fired exactly once. */
export function recordCloses(connection: Connection): CloseInfo[] {
  const seen: CloseInfo[] = [];
  connection.on('close', (info) => seen.push(info));
  return seen;
}

/** Cleanups run after each test, newest first, each bounded, even when the test failed. */
export class Cleanup {
  readonly #tasks: (() => unknown)[] = [];

  /** Registers `value` for `dispose(value)` (default: its close()) and returns it. */
  add<T>(value: T, dispose: (value: T) => unknown = (v) => (v as { close(): unknown }).close()): T {
    this.#tasks.push(() => dispose(value));
    return value;
  }

  defer(task: () => unknown): void {
    this.#tasks.push(task);
  }

  async run(): Promise<void> {
    const tasks = this.#tasks.splice(0).reverse();
    for (const task of tasks) {
      await Promise.race([
        Promise.resolve()
          .then(task)
          .catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, WAIT_MS).unref()),
      ]);
    }
  }
}

/** A payload whose bytes depend on their position, so a reordered or truncated copy is noticed. */
export function patternPayload(size: number, seed = 7): Buffer {
  const out = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}
