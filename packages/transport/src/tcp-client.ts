// The TCP client engine: connects to a server (bounded by connectTimeoutMs, typed errors for refusal
// and timeout) and hands back the TcpConnection. connect() may be called again once the previous
// connection has closed, which is what reconnecting layers above do.

import { type NetConnectOpts, connect as netConnect, type Socket } from 'node:net';
import {
  ConfigError,
  type Connection,
  DisconnectReason,
  ErrorCodes,
  HeartwireError,
} from '@heartwire/protocol';
import createDebug from 'debug';
import {
  type ResolvedTcpOptions,
  resolveHost,
  resolvePort,
  resolveTcpOptions,
  resolveTimeout,
  type TcpClientOptions,
} from './options.js';
import { ReadBuffers } from './read-buffers.js';
import { createStats, type TransportStats } from './stats.js';
import { TcpConnection } from './tcp-connection.js';

const debug = createDebug('heartwire:transport:tcp');

export class TcpClientEngine implements AsyncDisposable {
  readonly host: string;
  readonly port: number;
  readonly connectTimeoutMs: number;
  readonly options: ResolvedTcpOptions;
  readonly #stats = createStats();
  #connection: TcpConnection | undefined;
  #connecting: Promise<Connection> | undefined;
  #pendingSocket: Socket | undefined;
  #closed = false;

  constructor(options: TcpClientOptions) {
    this.host = resolveHost(options.host);
    this.port = resolvePort(options.port, undefined);
    if (this.port === 0) throw new ConfigError('port 0 is not a server port');
    this.connectTimeoutMs = resolveTimeout('connectTimeoutMs', options.connectTimeoutMs, 10_000);
    this.options = resolveTcpOptions(options);
  }

  /** The current connection, while one is open or closing. */
  get connection(): Connection | undefined {
    return this.#connection;
  }

  /** Live counters (not a copy). */
  get stats(): Readonly<TransportStats> {
    return this.#stats;
  }

  /**
   * Connects. Rejects with code ERR_REFUSED (nothing listens), ERR_TIMEOUT (connectTimeoutMs),
   * ERR_CONNECTION_CLOSED (another socket error, in `cause`) or ERR_INVALID_STATE (already
   * connected, or the client was closed).
   */
  connect(): Promise<Connection> {
    if (this.#closed) return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'client is closed'));
    if (this.#connecting) return this.#connecting;
    if (this.#connection && this.#connection.state !== 'closed') {
      return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'client is already connected'));
    }
    const attempt = this.#attempt();
    this.#connecting = attempt;
    const clear = (): void => {
      if (this.#connecting === attempt) this.#connecting = undefined;
    };
    attempt.then(clear, clear);
    return attempt;
  }

  /** Closes the connection (CLOSE frame with the reason, bounded flush) and refuses later connects. Idempotent. */
  async close(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): Promise<void> {
    this.#closed = true;
    this.#pendingSocket?.destroy();
    await this.#connecting?.catch(() => undefined);
    await this.#connection?.close(reason, message);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #attempt(): Promise<Connection> {
    return new Promise<Connection>((resolve, reject) => {
      // `highWaterMark` is honoured by net.Socket (Node >= 20) though missing from NetConnectOpts.
      // Reads go through `onread` into our own buffers, past Readable and its 'data' events.
      const reads = new ReadBuffers();
      const connectOptions: NetConnectOpts & { highWaterMark: number } = {
        host: this.host,
        port: this.port,
        noDelay: true,
        highWaterMark: this.options.sendHighWaterMarkBytes,
        onread: { buffer: reads.next, callback: reads.callback },
      };
      const socket = netConnect(connectOptions);
      this.#pendingSocket = socket;
      const fail = (error: HeartwireError): void => {
        cleanup();
        socket.destroy();
        debug('connect to %s:%d failed: %s', this.host, this.port, error.message);
        reject(error);
      };
      const onError = (error: NodeJS.ErrnoException): void => {
        this.#stats.socketErrors += 1;
        const code = error.code === 'ECONNREFUSED' ? ErrorCodes.REFUSED : ErrorCodes.CONNECTION_CLOSED;
        fail(
          new HeartwireError(code, `cannot connect to ${this.host}:${this.port}: ${error.message}`, {
            cause: error,
          }),
        );
      };
      const onClose = (): void => {
        fail(
          new HeartwireError(ErrorCodes.CONNECTION_CLOSED, 'connect attempt aborted: the client was closed'),
        );
      };
      const onConnect = (): void => {
        cleanup();
        const connection = new TcpConnection(socket, {
          options: this.options,
          stats: this.#stats,
          reads,
          onClosed: () => {
            this.#stats.connectionsClosed += 1;
          },
        });
        this.#connection = connection;
        this.#stats.connectionsAccepted += 1;
        debug('%s connected to %s:%d', connection.id, this.host, this.port);
        resolve(connection);
      };
      const timer = setTimeout(() => {
        fail(
          new HeartwireError(
            ErrorCodes.TIMEOUT,
            `connect to ${this.host}:${this.port} timed out after ${this.connectTimeoutMs} ms`,
          ),
        );
      }, this.connectTimeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#pendingSocket = undefined;
        socket.off('error', onError);
        socket.off('close', onClose);
        socket.off('connect', onConnect);
        // A late error after a failed attempt must not crash the process.
        socket.on('error', () => undefined);
      };
      socket.once('error', onError);
      socket.once('close', onClose);
      socket.once('connect', onConnect);
    });
  }
}
