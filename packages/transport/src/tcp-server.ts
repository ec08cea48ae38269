// The TCP server engine: listens, turns accepted sockets into TcpConnections, enforces
// maxConnections, and shuts down gracefully (CLOSE `server-shutdown` to everyone, then the port).

import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { type Connection, DisconnectReason, ErrorCodes, HeartwireError } from '@heartwire/protocol';
import createDebug from 'debug';
import {
  type ResolvedTcpOptions,
  resolveHost,
  resolveMaxConnections,
  resolvePort,
  resolveTcpOptions,
  type TcpServerOptions,
} from './options.js';
import { createStats, type TransportStats } from './stats.js';
import { TcpConnection, type TcpConnectionInit } from './tcp-connection.js';

const debug = createDebug('heartwire:transport:tcp');

export interface ServerEngineEvents {
  /** A new connection was accepted (never one refused by maxConnections or during close). */
  connection: [connection: Connection];
}

export class TcpServerEngine extends EventEmitter<ServerEngineEvents> implements AsyncDisposable {
  readonly host: string;
  readonly maxConnections: number;
  readonly options: ResolvedTcpOptions;
  readonly #requestedPort: number;
  readonly #connections = new Map<string, TcpConnection>();
  /** Connections being refused (CLOSE `max-connections` on its way); destroyed if the server closes. */
  readonly #refused = new Set<TcpConnection>();
  readonly #stats = createStats();
  /** Shared by every accepted connection (no closure per connection). */
  readonly #connectionInit: TcpConnectionInit;
  #server: Server | undefined;
  #port = 0;
  #started: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: TcpServerOptions = {}) {
    super();
    this.host = resolveHost(options.host);
    this.#requestedPort = resolvePort(options.port, 0);
    this.maxConnections = resolveMaxConnections(options.maxConnections);
    this.options = resolveTcpOptions(options);
    this.#connectionInit = {
      options: this.options,
      stats: this.#stats,
      onClosed: (closed) => {
        this.#connections.delete(closed.id);
        this.#stats.connectionsClosed += 1;
      },
    };
  }

  /** The port listened on; after start() it is the real one, also when 0 was asked for. */
  get port(): number {
    return this.#port;
  }

  /** Open connections by id. */
  get connections(): ReadonlyMap<string, Connection> {
    return this.#connections;
  }

  /** Live counters (not a copy). */
  get stats(): Readonly<TransportStats> {
    return this.#stats;
  }

  /** Starts listening; rejects with the socket error (e.g. EADDRINUSE). Calling it again returns the same promise. */
  start(): Promise<void> {
    if (this.#closing)
      return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'server is closed'));
    this.#started ??= new Promise<void>((resolve, reject) => {
      const server = createServer(
        { noDelay: true, highWaterMark: this.options.sendHighWaterMarkBytes },
        this.#onSocket,
      );
      this.#server = server;
      const onError = (error: Error): void => {
        this.#server = undefined;
        reject(error);
      };
      server.once('error', onError);
      server.listen(this.#requestedPort, this.host, () => {
        server.off('error', onError);
        server.on('error', (error) => debug('server error: %s', error.message));
        const address = server.address();
        this.#port = typeof address === 'object' && address ? address.port : this.#requestedPort;
        debug('listening on %s:%d', this.host, this.#port);
        resolve();
      });
    });
    return this.#started;
  }

  /** Closes one connection with a reason (CLOSE frame, then FIN). Resolves false for an unknown id. */
  async closeOneConnection(id: string, reason: DisconnectReason, message = ''): Promise<boolean> {
    const connection = this.#connections.get(id);
    if (!connection) return false;
    await connection.close(reason, message);
    return true;
  }

  /**
   * Stops accepting, sends CLOSE `server-shutdown` to every connection, waits (bounded by
   * closeTimeoutMs per connection) for them to end, and resolves once the port is released.
   * Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #shutdown(): Promise<void> {
    await this.#started?.catch(() => undefined);
    const server = this.#server;
    if (!server) return;
    debug('closing %s:%d with %d connections', this.host, this.#port, this.#connections.size);
    const released = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const refused of this.#refused) refused.destroy(DisconnectReason.MAX_CONNECTIONS);
    await Promise.all(
      [...this.#connections.values()].map((connection) => connection.close(DisconnectReason.SERVER_SHUTDOWN)),
    );
    await released;
    debug('closed %s:%d', this.host, this.#port);
  }

  readonly #onSocket = (socket: Socket): void => {
    if (this.#closing) {
      this.#stats.connectionsRejected += 1;
      this.#refuse(socket, DisconnectReason.SERVER_SHUTDOWN);
      return;
    }
    if (this.#connections.size >= this.maxConnections) {
      this.#stats.connectionsRejected += 1;
      debug(
        'refusing %s:%d: %d connections held',
        socket.remoteAddress,
        socket.remotePort,
        this.#connections.size,
      );
      this.#refuse(socket, DisconnectReason.MAX_CONNECTIONS);
      return;
    }
    const connection = new TcpConnection(socket, this.#connectionInit);
    this.#connections.set(connection.id, connection);
    this.#stats.connectionsAccepted += 1;
    debug('%s accepted from %s:%d', connection.id, connection.remoteAddress, connection.remotePort);
    this.emit('connection', connection);
  };

  #refuse(socket: Socket, reason: DisconnectReason): void {
    const connection = new TcpConnection(socket, {
      options: this.options,
      stats: this.#stats,
      onClosed: (closed) => this.#refused.delete(closed),
    });
    this.#refused.add(connection);
    void connection.close(reason, `server refused the connection: ${reason}`);
  }
}
