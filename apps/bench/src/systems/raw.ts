// The baseline: node:net with a u32 length prefix and batched writes, the practical limit of an
// echo over TCP in Node. Its liveness is the textbook one: clients send an empty frame every
// interval, the server echoes it and stores a last-seen timestamp per connection, and one
// setInterval sweeps the connections and destroys those silent for longer than the timeout.

import { createServer, connect as netConnect, type Socket } from 'node:net';
import type {
  ClientHandle,
  ClientOptions,
  HeartbeatConfig,
  ServerEvents,
  ServerHandle,
  System,
} from './types.js';

const SWEEP_MS = 250;
const EMPTY_FRAME = Buffer.alloc(4);

/** Splits complete u32-length-prefixed frames off the front of a stream. */
class FrameSplitter {
  #pending: Buffer | undefined;

  /** Calls `onFrame(frameWithHeader, payloadLength)` for each complete frame in order. */
  push(chunk: Buffer, onFrame: (frame: Buffer, payloadLength: number) => void): void {
    let buf = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    let offset = 0;
    while (buf.length - offset >= 4) {
      const length = buf.readUInt32BE(offset);
      if (buf.length - offset - 4 < length) break;
      onFrame(buf.subarray(offset, offset + 4 + length), length);
      offset += 4 + length;
    }
    this.#pending = offset === buf.length ? undefined : buf.subarray(offset);
    buf = EMPTY_FRAME;
  }
}

/** Coalesces the frames queued in one turn of the event loop into one write. */
class BatchWriter {
  readonly #socket: Socket;
  #queue: Buffer[] = [];
  #scheduled = false;

  constructor(socket: Socket) {
    this.#socket = socket;
  }

  write(frame: Buffer): void {
    this.#queue.push(frame);
    if (!this.#scheduled) {
      this.#scheduled = true;
      process.nextTick(this.#flush);
    }
  }

  readonly #flush = (): void => {
    this.#scheduled = false;
    const queue = this.#queue;
    this.#queue = [];
    if (this.#socket.destroyed || queue.length === 0) return;
    this.#socket.write(queue.length === 1 ? queue[0]! : Buffer.concat(queue));
  };
}

interface RawConnection {
  readonly socket: Socket;
  lastSeen: number;
  timedOut: boolean;
}

async function startServer(
  heartbeat: HeartbeatConfig | undefined,
  events: ServerEvents,
): Promise<ServerHandle> {
  const connections = new Set<RawConnection>();
  const server = createServer({ noDelay: true }, (socket) => {
    const conn: RawConnection = { socket, lastSeen: performance.now(), timedOut: false };
    connections.add(conn);
    const splitter = new FrameSplitter();
    socket.on('data', (chunk: Buffer) => {
      conn.lastSeen = performance.now();
      const out: Buffer[] = [];
      splitter.push(chunk, (frame) => out.push(frame));
      if (out.length > 0) socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      connections.delete(conn);
      events.onDisconnect(conn.timedOut ? 'timeout' : 'closed');
    });
  });
  let sweeper: NodeJS.Timeout | undefined;
  if (heartbeat) {
    const limit = heartbeat.timeoutMs;
    sweeper = setInterval(() => {
      const now = performance.now();
      for (const conn of connections) {
        if (!conn.timedOut && now - conn.lastSeen >= limit) {
          conn.timedOut = true;
          events.onTimeout();
          conn.socket.destroy();
        }
      }
    }, SWEEP_MS);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => connections.size,
    close: async () => {
      clearInterval(sweeper);
      for (const conn of connections) conn.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function connect(port: number, options: ClientOptions): Promise<ClientHandle> {
  const socket = netConnect({ host: '127.0.0.1', port, noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const writer = new BatchWriter(socket);
  const splitter = new FrameSplitter();
  // Answers come back in request order: a FIFO of resolvers, compacted now and then.
  let waiting: ((value: unknown) => void)[] = [];
  let rejects: ((error: Error) => void)[] = [];
  let head = 0;
  let closing = false;
  socket.on('data', (chunk: Buffer) => {
    splitter.push(chunk, (_frame, length) => {
      if (length === 0) return; // heartbeat echo
      const resolve = waiting[head];
      if (!resolve) return;
      waiting[head] = undefined as never;
      rejects[head] = undefined as never;
      head++;
      if (head > 1024 && head * 2 > waiting.length) {
        waiting = waiting.slice(head);
        rejects = rejects.slice(head);
        head = 0;
      }
      resolve(length);
    });
  });
  socket.on('error', () => undefined);
  const pinger = options.heartbeat
    ? setInterval(() => writer.write(EMPTY_FRAME), options.heartbeat.intervalMs)
    : undefined;
  socket.once('close', () => {
    clearInterval(pinger);
    const error = new Error('connection closed');
    for (let i = head; i < rejects.length; i++) rejects[i]?.(error);
    waiting = [];
    rejects = [];
    head = 0;
    if (!closing) options.onLost?.('closed');
  });
  return {
    echo(payload) {
      if (socket.destroyed) return Promise.reject(new Error('connection closed'));
      const frame = Buffer.allocUnsafe(4 + payload.length);
      frame.writeUInt32BE(payload.length, 0);
      payload.copy(frame, 4);
      writer.write(frame);
      return new Promise((resolve, reject) => {
        waiting.push(resolve);
        rejects.push(reject);
      });
    },
    close() {
      closing = true;
      clearInterval(pinger);
      if (socket.destroyed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => socket.destroy(), 2000);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.end();
      });
    },
  };
}

export const raw: System = {
  name: 'raw',
  timeoutEvent: 'last-seen timestamp older than the timeout, found by one setInterval sweep (250 ms)',
  hasTimeoutEvent: true,
  startServer,
  connect,
};
