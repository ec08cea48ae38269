// Test helpers: bounded waits on events (never fixed sleeps), a test service, child processes.
import { type ChildProcess, fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import protobuf from 'protobufjs';

export const root = protobuf.parse(`
syntax = "proto3";
package test.v1;
service Echo {
  rpc Say (Text) returns (Text);
  rpc Slow (Text) returns (Text);
  rpc WhoAmI (Empty) returns (Text);
}
message Empty {}
message Text { string text = 1; }
message Chat { string body = 1; }
`).root;
export const EchoService = root.lookupService('test.v1.Echo');
export const TextType = root.lookupType('test.v1.Text');
export const ChatType = root.lookupType('test.v1.Chat');

/** Resolves with the event's arguments, or rejects after `ms`. */
export function nextEvent<T extends unknown[] = unknown[]>(
  emitter: EventEmitter,
  name: string,
  ms = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, on);
      reject(new Error(`no '${name}' event within ${ms} ms`));
    }, ms);
    const on = (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args as T);
    };
    emitter.once(name, on);
  });
}

/** Polls `predicate` until true, or rejects after `ms`. */
export async function waitFor(predicate: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const children = new Set<ChildProcess>();

/** Forks a TS fixture from source; messages arrive on the child's 'message' event. */
export function forkFixture(name: string, args: string[]): ChildProcess {
  const child = fork(join(import.meta.dirname, 'fixtures', name), args, {
    execArgv: ['-C', '@heartwire/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Waits for an IPC message matching `type` from a child. */
export function childMessage<T extends { type: string }>(
  child: ChildProcess,
  type: string,
  ms = 15_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', on);
      reject(new Error(`no '${type}' message from child within ${ms} ms`));
    }, ms);
    const on = (message: unknown) => {
      if ((message as { type?: string }).type === type) {
        clearTimeout(timer);
        child.off('message', on);
        resolve(message as T);
      }
    };
    child.on('message', on);
  });
}

/** Kills (SIGKILL, after SIGCONT) every child still alive. */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGCONT');
          child.kill('SIGKILL');
        }),
    ),
  );
}
