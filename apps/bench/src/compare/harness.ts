// Starting and stopping the processes of one measurement: a server child pinned to the server core,
// load children pinned to the other cores, and the server's cost read over IPC.

import { fileURLToPath } from 'node:url';
import { coreSets, type Message, stopAll, Worker } from '../lib/children.js';
import type { HeartbeatConfig, SystemName } from '../systems/types.js';
import type { ClientRole } from './client-proc.js';

const SERVER_FILE = fileURLToPath(new URL('./server-proc.ts', import.meta.url));
const CLIENT_FILE = fileURLToPath(new URL('./client-proc.ts', import.meta.url));

export interface ServerStats {
  readonly cpuMicros: number;
  readonly rss: number;
  /** heapUsed + external. */
  readonly heap: number;
  readonly maxRss: number;
  readonly connections: number;
  readonly timeouts: number;
  readonly disconnects: number;
  readonly reasons: Readonly<Record<string, number>>;
}

export class ServerProc {
  readonly worker: Worker;
  port = 0;

  constructor(system: SystemName, heartbeat: HeartbeatConfig | undefined, nodeFlags: readonly string[] = []) {
    this.worker = new Worker(SERVER_FILE, [system, JSON.stringify(heartbeat ?? null)], `${system} server`, {
      cpus: coreSets()?.server,
      nodeFlags: ['--expose-gc', ...nodeFlags],
    });
  }

  async ready(): Promise<this> {
    const m = await this.worker.waitFor('ready', 30_000);
    this.port = Number(m.port);
    return this;
  }

  async stats(): Promise<ServerStats> {
    return toStats(await this.worker.request({ type: 'stats' }, 'stats', 30_000));
  }

  /** Stats after a full garbage collection (for RSS comparisons). */
  async statsAfterGc(): Promise<ServerStats> {
    return toStats(await this.worker.request({ type: 'gc' }, 'gc-done', 30_000));
  }

  /** Starts (or stops) forwarding timeout/disconnect events; events of an earlier phase are dropped. */
  async arm(on = true): Promise<void> {
    await this.worker.request({ type: 'arm', on }, 'armed', 10_000);
    this.worker.discard('timeout');
    this.worker.discard('disconnect');
  }

  stop(): Promise<void> {
    return this.worker.stop(5000);
  }
}

function toStats(m: Message): ServerStats {
  return m as unknown as ServerStats;
}

/** Forks a load process for `system`; it waits for `startClient` to tell it the port and its role. */
export function forkClient(system: SystemName, label = 'client'): Worker {
  return new Worker(CLIENT_FILE, [system], `${system} ${label}`, { cpus: coreSets()?.load });
}

export function startClient(client: Worker, port: number, role: ClientRole): void {
  client.send({ type: 'start', port, role });
}

/** Resolves once the server holds at least `count` clients, polling; false after `timeoutMs`. */
export async function waitForConnections(
  server: ServerProc,
  count: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await server.stats()).connections >= count) return true;
    await sleep(100);
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The processes of a run. A full run forks fresh ones for every measurement; a quick run keeps
 * one server per system and heartbeat and a few load processes per system, and reuses them.
 */
export class ProcessPool {
  readonly reuse: boolean;
  readonly #servers = new Map<string, ServerProc>();
  readonly #idleClients = new Map<SystemName, Worker[]>();
  readonly #all = new Set<Worker>();

  constructor(reuse: boolean) {
    this.reuse = reuse;
  }

  /** Runs `body` with a scope that hands out processes; whatever it got is released (or discarded on failure). */
  async scope<T>(body: (scope: Scope) => Promise<T>): Promise<T> {
    const scope = new Scope(this);
    let ok = false;
    try {
      const value = await body(scope);
      ok = true;
      return value;
    } finally {
      await scope.end(ok);
    }
  }

  /** Stops every process still held. */
  async close(): Promise<void> {
    await stopAll([...this.#all]);
    this.#all.clear();
    this.#servers.clear();
    this.#idleClients.clear();
  }

  /** @internal */
  takeServer(
    system: SystemName,
    heartbeat: HeartbeatConfig | undefined,
    nodeFlags: readonly string[],
  ): { server: ServerProc; pooled: boolean } {
    const key = `${system} ${JSON.stringify(heartbeat ?? null)} ${nodeFlags.join(' ')}`;
    const cached = this.reuse ? this.#servers.get(key) : undefined;
    if (cached) return { server: cached, pooled: true };
    const server = new ServerProc(system, heartbeat, nodeFlags);
    this.#all.add(server.worker);
    if (this.reuse) this.#servers.set(key, server);
    return { server, pooled: this.reuse };
  }

  /** @internal */
  takeClient(system: SystemName, label: string): { client: Worker; pooled: boolean } {
    const idle = this.reuse ? this.#idleClients.get(system)?.pop() : undefined;
    if (idle) return { client: idle, pooled: true };
    const client = forkClient(system, label);
    this.#all.add(client);
    return { client, pooled: this.reuse };
  }

  /** @internal: back to the pool after a reset, or stopped. */
  async giveBackClient(system: SystemName, client: Worker, ok: boolean): Promise<void> {
    if (ok && this.reuse) {
      try {
        await client.request({ type: 'reset' }, 'reset-done', 15_000);
        const list = this.#idleClients.get(system) ?? [];
        list.push(client);
        this.#idleClients.set(system, list);
        return;
      } catch {
        // fall through: a client that cannot reset is not reused
      }
    }
    this.#all.delete(client);
    await client.stop().catch(() => client.kill());
  }

  /** @internal */
  async discardServer(server: ServerProc): Promise<void> {
    for (const [key, s] of this.#servers) if (s === server) this.#servers.delete(key);
    this.#all.delete(server.worker);
    await server.stop().catch(() => server.worker.kill());
  }
}

export class Scope {
  readonly #pool: ProcessPool;
  readonly #servers: { server: ServerProc; pooled: boolean }[] = [];
  readonly #clients: { system: SystemName; client: Worker; pooled: boolean }[] = [];
  readonly #fresh: Worker[] = [];

  constructor(pool: ProcessPool) {
    this.#pool = pool;
  }

  /** A ready server (pooled in quick runs), started with `nodeFlags` added to node's. */
  async server(
    system: SystemName,
    heartbeat: HeartbeatConfig | undefined,
    nodeFlags: readonly string[] = [],
  ): Promise<ServerProc> {
    const taken = this.#pool.takeServer(system, heartbeat, nodeFlags);
    this.#servers.push(taken);
    if (!taken.server.port) await taken.server.ready();
    return taken.server;
  }

  /** A load process (pooled in quick runs); start it with startClient(). */
  client(system: SystemName, label = 'client'): Worker {
    const taken = this.#pool.takeClient(system, label);
    this.#clients.push({ system, ...taken });
    return taken.client;
  }

  /** A load process that is never reused (e.g. one that will be SIGSTOPped and killed). */
  freshClient(system: SystemName, label: string): Worker {
    const client = forkClient(system, label);
    this.#fresh.push(client);
    return client;
  }

  /** @internal */
  async end(ok: boolean): Promise<void> {
    await stopAll(this.#fresh);
    await Promise.all(
      this.#clients.map((c) => this.#pool.giveBackClient(c.system, c.client, ok && c.pooled)),
    );
    await Promise.all(
      this.#servers.filter((s) => !ok || !s.pooled).map((s) => this.#pool.discardServer(s.server)),
    );
  }
}
