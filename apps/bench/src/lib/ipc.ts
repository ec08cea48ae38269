// The child side of the IPC channel: send messages to the runner, receive its commands, and exit
// as soon as the runner is gone (the channel closes), so no benchmark process outlives it.

import type { Message } from './children.js';

export function sendToParent(message: Message): void {
  if (process.send && process.connected) process.send(message);
}

/** Registers the command handler; 'exit' ends the process after `onExit` (bounded). */
export function onCommand(handler: (m: Message) => void | Promise<void>, onExit: () => Promise<void>): void {
  let exiting = false;
  const exit = (code: number): void => {
    if (exiting) return;
    exiting = true;
    const force = setTimeout(() => process.exit(code), 2000);
    force.unref();
    onExit()
      .catch(() => undefined)
      .finally(() => process.exit(code));
  };
  process.on('message', (raw) => {
    const message = raw as Message;
    if (message.type === 'exit') {
      exit(0);
      return;
    }
    Promise.resolve()
      .then(() => handler(message))
      .catch((error: unknown) => fail(error));
  });
  process.on('disconnect', () => exit(0));
}

/** Reports a fatal error to the runner and exits non-zero. */
export function fail(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${message}\n`);
  sendToParent({ type: 'fatal', message });
  process.exitCode = 1;
  // Long enough for the IPC message to leave; the runner kills us anyway once it has read it.
  setTimeout(() => process.exit(1), 200);
}

export function argJson<T>(index: number): T {
  const raw = process.argv[index];
  if (raw === undefined) throw new Error(`missing argument ${index}`);
  return JSON.parse(raw) as T;
}
