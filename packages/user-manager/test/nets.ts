// The two links the tests run over: the in-memory pair from @heartwire/protocol/testing, and real
// TCP sockets on 127.0.0.1 through @heartwire/transport. Each test gets a fresh Net and closes it
// in afterEach; the TCP net proves its port is free again after close.

import { createServer } from 'node:net';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import { TcpClientEngine, TcpServerEngine } from '@heartwire/transport';

export interface Link {
  /** The client's end: what a logged-in user holds. */
  readonly client: Connection;
  /** The server's end: what the UserManager binds. */
  readonly server: Connection;
}

export interface Net {
  readonly name: string;
  connect(): Promise<Link>;
  /** Closes everything; for TCP also proves the port can be bound again. */
  close(): Promise<void>;
}

export type NetName = 'memory' | 'tcp';

export function createNet(name: NetName): Promise<Net> {
  return name === 'memory' ? Promise.resolve(memoryNet()) : tcpNet();
}

export function memoryNet(): Net {
  const all: Connection[] = [];
  return {
    name: 'memory',
    async connect() {
      const [client, server] = createMemoryConnectionPair();
      all.push(client, server);
      return { client, server };
    },
    async close() {
      for (const c of all) c.destroy();
    },
  };
}

export async function tcpNet(): Promise<Net> {
  const server = new TcpServerEngine({ host: '127.0.0.1', port: 0 });
  await server.start();
  const port = server.port;
  const waiting = new Map<string, (connection: Connection) => void>();
  // Each client names itself in its first DATA frame, so parallel connects pair up correctly.
  server.on('connection', (connection) => {
    connection.once('frame', (_kind, payload) => {
      const token = payload.toString();
      waiting.get(token)?.(connection);
      waiting.delete(token);
    });
  });
  const clients = new Set<TcpClientEngine>();
  let next = 0;
  return {
    name: 'tcp',
    async connect() {
      const token = `link-${++next}`;
      const serverSide = new Promise<Connection>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no server side for ${token}`)), 10_000);
        waiting.set(token, (connection) => {
          clearTimeout(timer);
          resolve(connection);
        });
      });
      const engine = new TcpClientEngine({ host: '127.0.0.1', port });
      clients.add(engine);
      const client = await engine.connect();
      client.send(FrameKind.DATA, Buffer.from(token));
      return { client, server: await serverSide };
    },
    async close() {
      await Promise.all([...clients].map((c) => c.close()));
      await server.close();
      await assertPortFree(port);
    },
  };
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
