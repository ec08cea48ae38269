// Shared test helpers: the fixture loaded by reflection, a bounded poll, and peers over a memory pair
// that are closed after each test.
import { join } from 'node:path';
import { createMemoryConnectionPair, type MemoryConnectionOptions } from '@heartwire/protocol/testing';
import protobuf from 'protobufjs';
import { RpcPeer, type RpcPeerOptions } from '../src/index.js';

export const fixtureRoot = protobuf.loadSync(join(import.meta.dirname, 'fixtures', 'greeter.proto'));
export const Greeter = fixtureRoot.lookupService('demo.v1.Greeter');
export const HelloRequest = fixtureRoot.lookupType('demo.v1.HelloRequest');
export const HelloReply = fixtureRoot.lookupType('demo.v1.HelloReply');
export const ChatPush = fixtureRoot.lookupType('demo.v1.ChatPush');

export async function waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets queued microtasks and immediates run (memory pairs deliver on microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export type Cleanup = Array<() => unknown>;

export function memoryPeers<State extends object = Record<string, unknown>>(
  cleanup: Cleanup,
  pairOptions: MemoryConnectionOptions = {},
  clientOptions: RpcPeerOptions = {},
  serverOptions: RpcPeerOptions<State> = {},
) {
  const [a, b] = createMemoryConnectionPair(pairOptions);
  const client = new RpcPeer(a, clientOptions);
  const server = new RpcPeer<State>(b, serverOptions);
  cleanup.push(
    () => client.close(),
    () => server.close(),
    () => a.destroy(),
    () => b.destroy(),
  );
  return { a, b, client, server };
}

/**
 * One RpcPeer on `b` of a memory pair, with `a` left raw to stand for a remote peer driven by hand
 * (raw envelopes, earlier versions, garbage); both closed after the test.
 */
export function peerFacingRaw<State extends object = Record<string, unknown>>(
  cleanup: Cleanup,
  pairOptions: MemoryConnectionOptions = {},
  peerOptions: RpcPeerOptions<State> = {},
) {
  const [a, b] = createMemoryConnectionPair(pairOptions);
  const peer = new RpcPeer<State>(b, peerOptions);
  cleanup.push(
    () => peer.close(),
    () => a.destroy(),
  );
  return { a, b, peer };
}

export async function runCleanup(cleanup: Cleanup): Promise<void> {
  for (const fn of cleanup.splice(0).reverse()) {
    try {
      await fn();
    } catch {
      // cleanup is best effort; the test already reported its own failure
    }
  }
}

/** Active Node timers (Timeout handles), for proving none are left behind. */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}
