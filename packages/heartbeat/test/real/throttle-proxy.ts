// A TCP proxy that throttles each direction to a fixed rate with a token bucket, and passes
// backpressure through (pause the reading side while the writing side is full), like a slow link:
// bytes queue in front of it and trickle through.

import { connect, createServer, type Server, type Socket } from 'node:net';

const REFILL_MS = 10;
const MAX_QUEUED_BYTES = 64 * 1024;

function throttledPipe(from: Socket, to: Socket, bytesPerSec: number): () => void {
  const queue: Buffer[] = [];
  const burst = Math.max(4096, bytesPerSec / 50);
  let queued = 0;
  let tokens = 0;
  let blocked = false;
  let last = performance.now();

  const pump = (): void => {
    while (!blocked && tokens >= 1 && queue.length > 0 && !to.destroyed) {
      const head = queue[0]!;
      const n = Math.min(head.byteLength, Math.floor(tokens));
      if (n === head.byteLength) queue.shift();
      else queue[0] = head.subarray(n);
      queued -= n;
      tokens -= n;
      if (!to.write(head.subarray(0, n))) blocked = true;
    }
    if (queued < MAX_QUEUED_BYTES / 2 && from.isPaused() && !from.destroyed) from.resume();
  };

  from.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.byteLength;
    if (queued >= MAX_QUEUED_BYTES) from.pause();
    pump();
  });
  to.on('drain', () => {
    blocked = false;
    pump();
  });
  const timer = setInterval(() => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) * bytesPerSec) / 1000);
    last = now;
    pump();
  }, REFILL_MS);
  return () => clearInterval(timer);
}

export class ThrottleProxy {
  readonly #targetPort: number;
  readonly #bytesPerSec: number;
  readonly #sockets = new Set<Socket>();
  readonly #stops = new Set<() => void>();
  #server: Server | undefined;
  port = 0;

  constructor(targetPort: number, bytesPerSec: number) {
    this.#targetPort = targetPort;
    this.#bytesPerSec = bytesPerSec;
  }

  async start(): Promise<number> {
    const server = createServer((downstream) => {
      const upstream = connect(this.#targetPort, '127.0.0.1');
      for (const socket of [downstream, upstream]) {
        this.#sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.#sockets.delete(socket);
          downstream.destroy();
          upstream.destroy();
        });
      }
      const stops = [
        throttledPipe(downstream, upstream, this.#bytesPerSec),
        throttledPipe(upstream, downstream, this.#bytesPerSec),
      ];
      for (const stop of stops) this.#stops.add(stop);
      downstream.on('close', () => {
        for (const stop of stops) {
          stop();
          this.#stops.delete(stop);
        }
      });
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this.port;
  }

  async close(): Promise<void> {
    for (const stop of this.#stops) stop();
    this.#stops.clear();
    for (const socket of this.#sockets) socket.destroy();
    const server = this.#server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
