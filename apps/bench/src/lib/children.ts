// Child processes of the benchmark: forked from TypeScript source, pinned to cores, coordinated over
// IPC, and all killed when the runner exits for any reason (normal end, failure, SIGINT, SIGTERM).
// Children also exit by themselves when the IPC channel goes (src/lib/ipc.ts), so even a runner
// killed with SIGKILL leaves no orphans behind.

import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { NODE_ARGS } from './node-args.js';

export interface Message {
  readonly type: string;
  readonly [key: string]: unknown;
}

const live = new Set<ChildProcess>();
let handlersInstalled = false;

function killAll(): void {
  for (const child of live) {
    try {
      // A SIGSTOPped child still dies of SIGKILL; SIGCONT first lets it run its exit path too.
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** `BENCH_CPU_PROF_DIR=<dir>`: every benchmark child writes a V8 CPU profile there (see README). */
function profileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

let tasksetChecked: boolean | undefined;

function hasTaskset(): boolean {
  if (tasksetChecked === undefined) {
    const probe = spawnSync('taskset', ['-V'], { stdio: 'ignore' });
    tasksetChecked = probe.status === 0 && availableParallelism() >= 2;
  }
  return tasksetChecked;
}

/** Where servers and load generators run: disjoint core sets when the machine has 2+ cores and taskset. */
export function coreSets(): { server: string; load: string } | undefined {
  if (!hasTaskset()) return undefined;
  const n = availableParallelism();
  return { server: '0', load: n === 2 ? '1' : `1-${n - 1}` };
}

/** Pins every thread of `pid` to `cpus` (taskset list syntax). Returns false when it could not. */
export function pin(pid: number, cpus: string): boolean {
  if (!hasTaskset()) return false;
  return spawnSync('taskset', ['-a', '-cp', cpus, String(pid)], { stdio: 'ignore' }).status === 0;
}

export interface SpawnOptions {
  /** taskset CPU list to pin the child to. */
  readonly cpus?: string | undefined;
  /** Extra node flags (e.g. --expose-gc). */
  readonly nodeFlags?: readonly string[];
  /** Forward the child's stderr (default true: a crash must be visible). */
  readonly stderr?: boolean;
}

/** A forked child with typed request/response helpers over IPC. */
export class Worker {
  readonly child: ChildProcess;
  readonly name: string;
  readonly #inbox: Message[] = [];
  readonly #waiters = new Set<{ match: (m: Message) => boolean; resolve: (m: Message) => void }>();
  readonly #exitWaiters = new Set<(error: Error) => void>();
  readonly #listeners = new Set<(m: Message) => void>();
  #exited: Error | undefined;
  readonly exited: Promise<number | null>;

  constructor(file: string, args: readonly string[], name: string, options: SpawnOptions = {}) {
    installHandlers();
    this.name = name;
    this.child = fork(file, [...args], {
      execPath: process.execPath,
      execArgv: [...NODE_ARGS, ...(options.nodeFlags ?? []), ...profileFlags()],
      stdio: ['ignore', 'inherit', options.stderr === false ? 'ignore' : 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    live.add(this.child);
    if (options.cpus !== undefined && this.child.pid !== undefined) pin(this.child.pid, options.cpus);
    this.child.on('message', (raw) => this.#onMessage(raw as Message));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        live.delete(this.child);
        this.#exited = new Error(`${name} exited (${signal ?? code})`);
        for (const fail of this.#exitWaiters) fail(this.#exited);
        this.#exitWaiters.clear();
        resolve(code);
      });
    });
    this.child.on('error', () => undefined);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  send(message: Message): void {
    if (this.child.connected) this.child.send(message);
  }

  /** Every message, as it arrives (in addition to the waiters). */
  onMessage(listener: (m: Message) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The first message of `type` (buffered ones included), bounded by `timeoutMs`. Rejects when the
   * child exits first or reports `{ type: 'fatal' }`.
   */
  waitFor(type: string, timeoutMs: number): Promise<Message> {
    const index = this.#inbox.findIndex((m) => m.type === type || m.type === 'fatal');
    if (index >= 0) {
      const [found] = this.#inbox.splice(index, 1);
      return found!.type === 'fatal'
        ? Promise.reject(fatalError(this.name, found!))
        : Promise.resolve(found!);
    }
    if (this.#exited) return Promise.reject(this.#exited);
    return new Promise<Message>((resolve, reject) => {
      const waiter = {
        match: (m: Message) => m.type === type || m.type === 'fatal',
        resolve: (m: Message) => {
          done();
          if (m.type === 'fatal') reject(fatalError(this.name, m));
          else resolve(m);
        },
      };
      const onExit = (error: Error): void => {
        done();
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name}: no '${type}' within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        this.#exitWaiters.delete(onExit);
      };
      this.#waiters.add(waiter);
      this.#exitWaiters.add(onExit);
    });
  }

  /** Drops buffered, unclaimed messages of `type` (stale events from an earlier phase). */
  discard(type: string): void {
    for (let i = this.#inbox.length - 1; i >= 0; i--)
      if (this.#inbox[i]!.type === type) this.#inbox.splice(i, 1);
  }

  /** Sends `message` and waits for the reply of type `replyType`. */
  request(message: Message, replyType: string, timeoutMs: number): Promise<Message> {
    const reply = this.waitFor(replyType, timeoutMs);
    this.send(message);
    return reply;
  }

  /** Asks the child to stop, then kills it if it has not exited within `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.#exited) return;
    this.send({ type: 'exit' });
    const timer = setTimeout(() => this.kill(), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    try {
      this.child.kill('SIGCONT');
      this.child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }

  #onMessage(message: Message): void {
    for (const listener of this.#listeners) listener(message);
    for (const waiter of this.#waiters) {
      if (waiter.match(message)) {
        waiter.resolve(message);
        return;
      }
    }
    this.#inbox.push(message);
    // Bounded: unclaimed event messages are kept only so far.
    if (this.#inbox.length > 10_000) this.#inbox.shift();
  }
}

function fatalError(name: string, m: Message): Error {
  return new Error(`${name} failed: ${String(m.message ?? 'unknown error')}`);
}

/** Stops every worker given, in parallel; never throws. */
export async function stopAll(workers: readonly (Worker | undefined)[]): Promise<void> {
  await Promise.all(workers.map((w) => w?.stop().catch(() => w.kill())));
}
