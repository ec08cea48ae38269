// Command-line options of the two programs (server-main, client-main): parsed and checked here, so
// a typo fails at once with a usage message instead of later on a socket.

import { parseArgs } from 'node:util';
import type { RapidTransport } from '@heartwire/rapid';
import { checkUserName } from './names.js';

export const DEFAULT_PORT = 4530;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const SERVER_USAGE = `usage: node dist/server-main.js [options]
  --port <n>        port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>  address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)
  --udp             UDP instead of TCP
  --password <pw>   the shared password every user must give (default: none, any password)
  --admin <user>    a user allowed to /kick (repeatable)
  --heartbeat <s>   N: clients send a heartbeat after N s without traffic (default 10)
  --timeout <s>     M: a client silent for M s is timed out (default 30)
  --history <n>     messages kept per room and sent on join (default 100)`;

export const CLIENT_USAGE = `usage: node dist/client-main.js --user <name> [options]
  --user <name>     who you are (required)
  --password <pw>   the server's shared password, if it has one
  --port <n>        the server's port (default ${DEFAULT_PORT})
  --host <address>  the server's address (default 127.0.0.1)
  --udp             UDP instead of TCP (must match the server)
  --room <room>     join this room after logging in`;

export interface ServerArgs {
  readonly help: boolean;
  readonly transport: RapidTransport;
  readonly host: string;
  readonly port: number;
  readonly password: string | undefined;
  readonly admins: readonly string[];
  readonly heartBeatSpanInSecs: number;
  readonly timeoutSpanInSecs: number;
  readonly historySize: number;
}

export interface ClientArgs {
  readonly help: boolean;
  readonly transport: RapidTransport;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly room: string | undefined;
}

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  const { values } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    udp: { type: 'boolean' },
    password: { type: 'string' },
    admin: { type: 'string', multiple: true },
    heartbeat: { type: 'string' },
    timeout: { type: 'string' },
    history: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const heartBeatSpanInSecs = seconds('--heartbeat', values.heartbeat, 10);
  const timeoutSpanInSecs = seconds('--timeout', values.timeout, 30);
  if (timeoutSpanInSecs <= heartBeatSpanInSecs) {
    throw new UsageError(
      `--timeout (${timeoutSpanInSecs}) must be longer than --heartbeat (${heartBeatSpanInSecs})`,
    );
  }
  const admins = (values.admin as string[] | undefined) ?? [];
  for (const admin of admins) {
    const problem = checkUserName(admin);
    if (problem) throw new UsageError(`--admin: ${problem}`);
  }
  return {
    help: values.help === true,
    transport: values.udp ? 'udp' : 'tcp',
    host: (values.host as string | undefined) ?? '127.0.0.1',
    port: port(values.port, true),
    password: values.password as string | undefined,
    admins,
    heartBeatSpanInSecs,
    timeoutSpanInSecs,
    historySize: integer('--history', values.history, 100, 0),
  };
}

export function parseClientArgs(argv: readonly string[]): ClientArgs {
  const { values } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    udp: { type: 'boolean' },
    user: { type: 'string', short: 'u' },
    password: { type: 'string' },
    room: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  const user = (values.user as string | undefined) ?? '';
  if (!help) {
    if (user === '') throw new UsageError('--user <name> is required');
    const problem = checkUserName(user);
    if (problem) throw new UsageError(`--user: ${problem}`);
  }
  return {
    help,
    transport: values.udp ? 'udp' : 'tcp',
    host: (values.host as string | undefined) ?? '127.0.0.1',
    port: port(values.port, false),
    user,
    password: (values.password as string | undefined) ?? '',
    room: values.room as string | undefined,
  };
}

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

function parse(argv: readonly string[], options: Spec): { values: Record<string, unknown> } {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function port(value: unknown, zeroAllowed: boolean): number {
  const n = integer('--port', value, DEFAULT_PORT, zeroAllowed ? 0 : 1);
  if (n > 65_535) throw new UsageError(`--port must be at most 65535, got ${n}`);
  return n;
}

function integer(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${name} must be an integer >= ${min}, got '${value}'`);
  return n;
}

function seconds(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${name} must be a number of seconds > 0, got '${value}'`);
  return n;
}
