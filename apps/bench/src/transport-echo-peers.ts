// The two sides of the transport echo benchmark, each in its own process: an echo server and a
// load generator keeping a fixed number of 64-byte frames in flight on ONE connection. Two
// implementations of each: heartwire (@heartwire/transport) and raw node:net with hand-written
// framing and one batched write per chunk, from a slab (the practical limit on Node).

import { createServer, connect as netConnect, type Socket } from 'node:net';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine, TcpServerEngine } from '@heartwire/transport';

export type Impl = 'heartwire' | 'raw';

export interface ClientResult {
  /** Echoes received inside the measured window. */
  readonly frames: number;
  readonly seconds: number;
  /** CPU time (user + system) the client process used inside the window, in microseconds. */
  readonly cpuMicros: number;
}

const HEADER = 5;

// Outgoing batches of the raw side are carved from a bump-allocated slab (a region is never reused
// while the socket may still hold it), so the baseline does not pay for a fresh ArrayBuffer per batch.
const SLAB_BYTES = 256 * 1024;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let slabUsed = 0;

function allocBatch(bytes: number): Buffer {
  if (bytes > SLAB_BYTES) return Buffer.allocUnsafe(bytes);
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + bytes);
  slabUsed += bytes;
  return out;
}

/** Starts an echo server on 127.0.0.1 port 0; resolves with its port. */
export async function startEchoServer(impl: Impl): Promise<number> {
  if (impl === 'heartwire') {
    const server = new TcpServerEngine();
    server.on('connection', (conn) => {
      conn.on('frame', (kind, payload) => {
        conn.send(kind, payload);
      });
    });
    await server.start();
    return server.port;
  }
  const server = createServer({ noDelay: true }, (socket) => {
    socket.on('error', () => undefined);
    const reader = new RawFrameReader();
    socket.on('data', (chunk: Buffer) => {
      // Echo every whole frame, re-framed one by one into one buffer, written once per chunk.
      const frames = reader.push(chunk);
      if (frames.length === 0) return;
      let total = 0;
      for (const payload of frames) total += HEADER + payload.byteLength;
      const out = allocBatch(total);
      let offset = 0;
      for (const payload of frames) offset = writeFrame(out, offset, FrameKind.DATA, payload);
      socket.write(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * Runs the load: `inFlight` frames sent at once, one more per echo received. Warms up for
 * `warmupMs`, then counts echoes for `windowMs`. Bounded by time; stops by itself.
 */
export async function runEchoClient(
  impl: Impl,
  port: number,
  options: {
    inFlight: number;
    payloadBytes: number;
    warmupMs: number;
    windowMs: number;
    /** Called when the measured window opens. */
    onWindowStart?: () => void;
  },
): Promise<ClientResult> {
  const payload = Buffer.alloc(options.payloadBytes, 0x61);
  let received = 0;
  let stop = false;
  let sendOne: (count: number) => void;
  let finish: () => void;

  if (impl === 'heartwire') {
    const client = new TcpClientEngine({ port });
    const conn: Connection = await client.connect();
    conn.on('frame', () => {
      received++;
      if (!stop) conn.send(FrameKind.DATA, payload);
    });
    sendOne = (count) => {
      for (let i = 0; i < count; i++) conn.send(FrameKind.DATA, payload);
    };
    finish = () => void client.close();
  } else {
    const socket: Socket = netConnect({ port, host: '127.0.0.1', noDelay: true });
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const reader = new RawFrameReader();
    socket.on('data', (chunk: Buffer) => {
      const frames = reader.push(chunk);
      received += frames.length;
      if (stop || frames.length === 0) return;
      const out = allocBatch(frames.length * (HEADER + payload.byteLength));
      let offset = 0;
      for (let i = 0; i < frames.length; i++) offset = writeFrame(out, offset, FrameKind.DATA, payload);
      socket.write(out);
    });
    sendOne = (count) => {
      const out = allocBatch(count * (HEADER + payload.byteLength));
      let offset = 0;
      for (let i = 0; i < count; i++) offset = writeFrame(out, offset, FrameKind.DATA, payload);
      socket.write(out);
    };
    finish = () => socket.destroy();
  }

  sendOne(options.inFlight);
  await sleep(options.warmupMs);
  options.onWindowStart?.();
  const startCount = received;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await sleep(options.windowMs);
  const frames = received - startCount;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  stop = true;
  finish();
  return { frames, seconds, cpuMicros: cpu.user + cpu.system };
}

function writeFrame(out: Buffer, offset: number, kind: number, payload: Buffer): number {
  out.writeUInt32BE(payload.byteLength + 1, offset);
  out[offset + 4] = kind;
  payload.copy(out, offset + HEADER);
  return offset + HEADER + payload.byteLength;
}

/** Minimal hand-written framing: u32 length + kind + payload, partial frames carried over. */
class RawFrameReader {
  #carry: Buffer | undefined;

  push(chunk: Buffer): Buffer[] {
    const buf = this.#carry ? Buffer.concat([this.#carry, chunk]) : chunk;
    this.#carry = undefined;
    const frames: Buffer[] = [];
    let offset = 0;
    while (buf.byteLength - offset >= HEADER) {
      const length = buf.readUInt32BE(offset);
      const end = offset + 4 + length;
      if (end > buf.byteLength) break;
      frames.push(buf.subarray(offset + HEADER, end));
      offset = end;
    }
    if (offset < buf.byteLength) this.#carry = Buffer.from(buf.subarray(offset));
    return frames;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
