// Test helpers: in-process chat clients whose output lines are recorded, bounded waits on them
// (never fixed sleeps), and proof that a port is free again.
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { RapidTransport } from '@heartwire/rapid';
import { ChatClient } from '../src/chat-client.js';
import { ChatServer, type ChatServerOptions } from '../src/chat-server.js';

export const N = 0.5;
export const M = 1.5;

/** Polls `predicate` until true, or rejects after `ms`. */
export async function waitFor(predicate: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A ChatClient and every line it showed. */
export interface TestClient {
  readonly client: ChatClient;
  readonly lines: string[];
  readonly exits: number[];
  /** Waits for a line containing `text` (after `from`, default 0); returns its index. */
  line(text: string, ms?: number, from?: number): Promise<number>;
}

export class Harness {
  readonly servers: ChatServer[] = [];
  readonly clients: ChatClient[] = [];

  async server(options: ChatServerOptions = {}): Promise<ChatServer> {
    const server = new ChatServer({ heartBeatSpanInSecs: N, timeoutSpanInSecs: M, ...options });
    this.servers.push(server);
    await server.start();
    return server;
  }

  async client(
    server: { port: number; transport: RapidTransport },
    user: string,
    password = '',
  ): Promise<TestClient> {
    const client = new ChatClient({
      port: server.port,
      transport: server.transport,
      user,
      password,
      reconnect: { initialDelayMs: 100, maxDelayMs: 400 },
    });
    this.clients.push(client);
    const lines: string[] = [];
    const exits: number[] = [];
    client.on('line', (text) => lines.push(text));
    client.on('exit', (code) => exits.push(code));
    await client.start();
    const line = async (text: string, ms = 10_000, from = 0): Promise<number> => {
      let index = -1;
      await waitFor(
        () => {
          index = lines.findIndex((l, i) => i >= from && l.includes(text));
          return index >= 0;
        },
        ms,
        `${user} showing "${text}" (showed: ${JSON.stringify(lines.slice(-5))})`,
      );
      return index;
    };
    return { client, lines, exits, line };
  }

  async close(): Promise<void> {
    for (const client of this.clients.splice(0)) await client.close().catch(() => {});
    for (const server of this.servers.splice(0)) await server.stop().catch(() => {});
  }
}

/** Resolves when a new socket can bind the port: the server really let go of it. */
export async function portIsFree(transport: RapidTransport, port: number): Promise<void> {
  if (transport === 'udp') {
    const socket = createSocket('udp4');
    socket.bind(port, '127.0.0.1');
    await once(socket, 'listening');
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    return;
  }
  const server = createServer();
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
