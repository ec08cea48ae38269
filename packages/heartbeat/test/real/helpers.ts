// Helpers of the real-process tests: peer processes driven over IPC, bounded waits (never fixed
// sleeps), and a cleanup list that runs after every test even when it failed.

import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { PeerCommand, PeerEvent } from './protocol.js';

export const WAIT_MS = 15_000;

/** Polls `predicate` every 5 ms until true; throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export class Cleanup {
  readonly #tasks: (() => unknown)[] = [];

  defer(task: () => unknown): void {
    this.#tasks.push(task);
  }

  async run(): Promise<void> {
    for (const task of this.#tasks.splice(0).reverse()) {
      await Promise.race([
        Promise.resolve()
          .then(task)
          .catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 5000).unref()),
      ]);
    }
  }
}

const peerScript = fileURLToPath(new URL('../fixtures/peer.ts', import.meta.url));

/** A peer process: send it commands, read what it reported. */
export class Peer {
  readonly child: ChildProcess;
  readonly events: PeerEvent[] = [];
  #exited: Promise<unknown>;

  private constructor(child: ChildProcess) {
    this.child = child;
    this.#exited = once(child, 'exit');
    child.on('message', (event: PeerEvent) => this.events.push(event));
  }

  static async spawn(cleanup: Cleanup): Promise<Peer> {
    const child = spawn(process.execPath, ['-C', '@heartwire/source', '--import', 'tsx', peerScript], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const peer = new Peer(child);
    cleanup.defer(() => peer.kill());
    await peer.next('ready', 30_000);
    return peer;
  }

  send(command: PeerCommand): void {
    this.child.send(command);
  }

  /** The first reported event of this kind not yet taken by next(), waiting for it if needed. */
  async next<K extends PeerEvent['ev']>(ev: K, timeoutMs = WAIT_MS): Promise<Extract<PeerEvent, { ev: K }>> {
    const failed = (): PeerEvent | undefined => this.events.find((e) => e.ev === 'failed');
    let found: PeerEvent | undefined;
    await waitFor(
      () => {
        if (failed()) return true;
        found = this.events.find((e) => e.ev === ev);
        return found !== undefined;
      },
      `peer event ${ev}`,
      timeoutMs,
    );
    const failure = failed();
    if (failure && failure.ev === 'failed') throw new Error(`peer failed: ${failure.message}`);
    this.events.splice(this.events.indexOf(found!), 1);
    return found as Extract<PeerEvent, { ev: K }>;
  }

  count(ev: PeerEvent['ev']): number {
    return this.events.filter((e) => e.ev === ev).length;
  }

  async stats(): Promise<Extract<PeerEvent, { ev: 'stats' }>> {
    this.send({ cmd: 'stats' });
    return this.next('stats');
  }

  freeze(): void {
    this.child.kill('SIGSTOP');
  }

  /** Resumes (so it can die cleanly) and kills it; resolves once it exited. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGCONT');
    this.child.kill('SIGKILL');
    await this.#exited;
  }
}

/** Proves `port` is free again: a new socket binds it (rejects with EADDRINUSE otherwise). */
export async function expectPortFree(port: number, transport: 'tcp' | 'udp'): Promise<void> {
  if (transport === 'udp') {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(port, '127.0.0.1', () => resolve());
    });
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    return;
  }
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
