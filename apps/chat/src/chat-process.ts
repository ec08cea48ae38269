// One chat program (server-main or client-main) in a child process, driven through its stdin and
// watched through its stdout, line by line: what the demo and the end-to-end tests use. Waits on
// output are always bounded. Runs the compiled programs next to this file (dist/*.js), or the
// TypeScript sources through tsx when this file itself runs from source.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export type ChatProgram = 'server-main' | 'client-main';

/** The node arguments that run a program of this app, compiled or from source. */
export function programArgs(program: ChatProgram): string[] {
  if (import.meta.filename.endsWith('.ts')) {
    return ['-C', '@heartwire/source', '--import', 'tsx', join(import.meta.dirname, `${program}.ts`)];
  }
  return [join(import.meta.dirname, `${program}.js`)];
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ChatProcessOptions {
  /** Called for every line the program prints (stdout and stderr), as it arrives. */
  readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Give the child an IPC channel: the server stops by itself when its parent goes away. */
  readonly ipc?: boolean;
}

const live = new Set<ChildProcess>();

/** SIGKILLs (after SIGCONT, for frozen ones) every chat process still running. Synchronous: safe in 'exit'. */
export function killAllChatProcesses(): void {
  for (const child of live) {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  }
  live.clear();
}

export class ChatProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Every line printed so far, stdout and stderr interleaved as they arrived. */
  readonly lines: string[] = [];
  /** Resolves when the process has exited. */
  readonly exited: Promise<ExitStatus>;
  /** Waits look at lines from this index on; `mark()` moves it to the end. */
  #from = 0;
  #closed = false;
  readonly #listeners = new Set<() => void>();

  constructor(name: string, program: ChatProgram, args: readonly string[], options: ChatProcessOptions = {}) {
    this.name = name;
    this.child = spawn(process.execPath, [...programArgs(program), ...args], {
      stdio: options.ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    live.add(this.child);
    // 'close' comes after the output streams ended: every line has been read by then.
    this.exited = once(this.child, 'close').then(([code, signal]) => {
      live.delete(this.child);
      this.#closed = true;
      this.#notify();
      return { code: code as number | null, signal: signal as NodeJS.Signals | null };
    });
    // A child that dies while we write to it must not take the parent down with EPIPE.
    this.child.stdin?.on('error', () => {});
    for (const stream of ['stdout', 'stderr'] as const) {
      const source = this.child[stream];
      if (!source) continue;
      createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        this.lines.push(line);
        options.onLine?.(line, stream);
        this.#notify();
      });
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Types a line into the program's stdin. */
  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  /** Closes the program's stdin (end of input, like Ctrl-D). */
  endInput(): void {
    this.child.stdin?.end();
  }

  /** Later waits only look at lines printed from now on. */
  mark(): void {
    this.#from = this.lines.length;
  }

  /**
   * The first line since the last mark() that contains `pattern` (or matches it), waiting for it up to
   * `timeoutMs`. Rejects with a message naming the program and what it was waiting for.
   */
  waitForLine(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const find = () =>
      this.lines
        .slice(this.#from)
        .find((line) => (typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line)));
    const what = typeof pattern === 'string' ? `"${pattern}"` : String(pattern);
    return this.#waitUntil(find, timeoutMs, (closed) =>
      closed
        ? `${this.name} exited (${this.#exitText()}) without printing ${what}`
        : `${this.name} did not print ${what} within ${timeoutMs / 1000} s`,
    );
  }

  /** Waits for the process to exit, up to `timeoutMs`. */
  async waitForExit(timeoutMs = 10_000): Promise<ExitStatus> {
    await this.#waitUntil(
      () => (this.#closed ? true : undefined),
      timeoutMs,
      () => `${this.name} did not exit within ${timeoutMs / 1000} s`,
    );
    return this.exited;
  }

  freeze(): void {
    this.child.kill('SIGSTOP');
  }

  resume(): void {
    this.child.kill('SIGCONT');
  }

  /** Sends a signal (default SIGTERM) and waits for the exit; SIGKILL if it takes longer than `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<ExitStatus> {
    if (!this.running) return this.exited;
    this.child.kill('SIGCONT');
    this.child.kill(signal);
    try {
      return await this.waitForExit(timeoutMs);
    } catch {
      this.child.kill('SIGKILL');
      return this.exited;
    }
  }

  #exitText(): string {
    const { exitCode, signalCode } = this.child;
    return signalCode ? `signal ${signalCode}` : `code ${exitCode}`;
  }

  /** Resolves with the probe's first defined value; rejects at the bound, or at once when the process is gone. */
  #waitUntil<T>(
    probe: () => T | undefined,
    timeoutMs: number,
    describe: (closed: boolean) => string,
  ): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    if (this.#closed) return Promise.reject(new Error(describe(true)));
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.#closed) {
          done();
          reject(new Error(describe(true)));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(describe(false)));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#listeners.delete(check);
      };
      this.#listeners.add(check);
    });
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
