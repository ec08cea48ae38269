// Memory per bound user in @heartwire/user-manager: 100,000 users (10,000 with --quick) bound to
// lightweight fake Connections, heap measured after forced GC before and after binding. Each variant
// runs in its own child process (started with --expose-gc) so one variant's garbage cannot blur the
// next. Baseline in the same run: a bare Map userId → connection with a close listener, the least
// any presence registry needs. Also reports bind and shutdown throughput.
//
//   pnpm build && cd apps/bench && node --import tsx src/user-manager-memory.ts [--quick]

import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import type {
  CloseInfo,
  Connection,
  ConnectionEvents,
  ConnectionState,
  DisconnectReason,
} from '@heartwire/protocol';
import { type PresenceRecord, UserManager, type UserStore } from '@heartwire/user-manager';
import { NODE_ARGS } from './lib/node-args.js';

const VARIANTS = ['map', 'manager-null-store', 'manager-memory-store'] as const;
type Variant = (typeof VARIANTS)[number];

interface Result {
  readonly variant: Variant;
  readonly users: number;
  readonly bytesPerUser: number;
  readonly bindsPerSec: number;
  readonly shutdownMs: number;
}

/** The least a Connection can be: no socket, close() emits `close` on a microtask. */
class FakeConnection extends EventEmitter<ConnectionEvents> implements Connection {
  readonly transport = 'memory' as const;
  readonly remoteAddress = '10.0.0.1';
  readonly maxPayloadBytes = 1024;
  readonly bytesReceived = 0;
  readonly bytesSent = 0;
  readonly bytesFlushed = 0;
  state: ConnectionState = 'open';
  constructor(
    readonly id: string,
    readonly remotePort: number,
  ) {
    super();
  }
  send(): boolean {
    return true;
  }
  close(reason: DisconnectReason = 'closed', message = ''): Promise<void> {
    if (this.state !== 'open') return Promise.resolve();
    this.state = 'closing';
    return new Promise((resolve) =>
      queueMicrotask(() => {
        this.destroy(reason, message);
        resolve();
      }),
    );
  }
  destroy(reason: DisconnectReason = 'closed', message = ''): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    const info: CloseInfo = { reason, message, initiator: 'local' };
    this.emit('close', info);
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** Keeps nothing: isolates the manager's own (local) cost from the store's. */
class NullStore implements UserStore {
  async get(): Promise<PresenceRecord | undefined> {
    return undefined;
  }
  async addConnection(): Promise<void> {}
  async removeConnection(): Promise<void> {}
  async setTag(): Promise<void> {}
  async *list(): AsyncIterable<PresenceRecord> {}
  async count(): Promise<number> {
    return 0;
  }
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function measure(variant: Variant, users: number): Promise<Result> {
  // Ids and connections exist before the measurement: they belong to the application and transport.
  const ids = Array.from({ length: users }, (_, i) => `user-${i}`);
  const connections = ids.map((_, i) => new FakeConnection(`conn-${i}`, 10_000 + (i % 50_000)));
  let bind: (i: number) => Promise<unknown>;
  let shutdown: () => Promise<void>;
  let holder: unknown;
  if (variant === 'map') {
    const map = new Map<string, Connection>();
    holder = map;
    bind = async (i) => {
      const id = ids[i]!;
      const connection = connections[i]!;
      map.set(id, connection);
      connection.once('close', () => map.delete(id));
    };
    shutdown = async () => {
      await Promise.all([...map.values()].map((c) => c.close('server-shutdown')));
    };
  } else {
    const manager =
      variant === 'manager-null-store' ? new UserManager({ store: new NullStore() }) : new UserManager();
    holder = manager;
    bind = (i) => manager.bind(connections[i]!, { userId: ids[i]!, deviceType: 'desktop' });
    shutdown = () => manager.shutdown();
  }
  const before = heapAfterGc();
  const started = performance.now();
  for (let i = 0; i < users; i += 1000) {
    await Promise.all(Array.from({ length: Math.min(1000, users - i) }, (_, j) => bind(i + j)));
  }
  const bindMs = performance.now() - started;
  const after = heapAfterGc();
  if (holder instanceof UserManager && holder.count !== users) throw new Error(`only ${holder.count} bound`);
  const shutdownStarted = performance.now();
  await shutdown();
  const shutdownMs = performance.now() - shutdownStarted;
  if (holder instanceof UserManager && holder.count !== 0) throw new Error('users left after shutdown');
  return {
    variant,
    users,
    bytesPerUser: (after - before) / users,
    bindsPerSec: users / (bindMs / 1000),
    shutdownMs,
  };
}

function table(results: readonly Result[]): string {
  const baseline = results.find((r) => r.variant === 'map');
  const rows = results.map((r) => [
    r.variant,
    r.users.toLocaleString('en-US'),
    Math.round(r.bytesPerUser).toLocaleString('en-US'),
    baseline ? `${(r.bytesPerUser / baseline.bytesPerUser).toFixed(2)}×` : 'n/a',
    Math.round(r.bindsPerSec).toLocaleString('en-US'),
    r.shutdownMs.toFixed(0),
  ]);
  const header = ['variant', 'users', 'bytes / bound user', 'vs Map baseline', 'binds / s', 'shutdown (ms)'];
  return [
    `| ${header.join(' | ')} |`,
    `| :--- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.find((a) => a.startsWith('--variant='));
  const users = args.includes('--quick') ? 10_000 : 100_000;
  if (child) {
    const result = await measure(child.slice('--variant='.length) as Variant, users);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  for (const variant of VARIANTS) {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', ...NODE_ARGS, self, `--variant=${variant}`, ...args],
      { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const line = run.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
    if (run.status !== 0 || !line)
      throw new Error(`variant ${variant} failed (status ${String(run.status)})`);
    results.push(JSON.parse(line.slice('RESULT '.length)) as Result);
  }
  console.log(
    `## user-manager: memory per bound user (${users.toLocaleString('en-US')} users, node ${process.version})\n`,
  );
  console.log(table(results));
  console.log(
    '\nHeap delta after forced GC, per user; ids and fake connections are allocated before the first measurement.',
  );
  console.log('`manager-memory-store` is the default configuration (UserManager + MemoryUserStore).');
}

await main();
