// The practical limit of one message per datagram on node:dgram: the baseline heartwire-udp is read
// against, as `raw` (node:net framing) is for heartwire-tcp. The server echoes every datagram back
// to its sender; the client numbers its requests (u32 sequence + payload) and matches answers by
// number. No session, no heartbeat, no retransmission: it takes part in latency and throughput
// only, where a lost datagram is an error of the call (reported, never retried).

import { createSocket, type Socket } from 'node:dgram';
import type {
  ClientHandle,
  ClientOptions,
  HeartbeatConfig,
  ServerEvents,
  ServerHandle,
  System,
} from './types.js';

/** As heartwire's UDP server by default: Linux's 208 KiB drops datagrams of a few thousand in flight. */
const RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
/** A call unanswered this long is failed by the sweep (its datagram or the answer was lost). */
const LOST_AFTER_MS = 2_000;
const SEQ_BYTES = 4;

function bound(socket: Socket, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
}

async function startServer(
  heartbeat: HeartbeatConfig | undefined,
  _events: ServerEvents,
): Promise<ServerHandle> {
  if (heartbeat) throw new Error('raw-udp has no heartbeat: it takes part in latency and throughput only');
  const socket = createSocket({ type: 'udp4', recvBufferSize: RECEIVE_BUFFER_BYTES });
  // Senders by port (loopback: one address): what connections() reports.
  const senders = new Set<number>();
  socket.on('message', (message, rinfo) => {
    senders.add(rinfo.port);
    socket.send(message, rinfo.port, rinfo.address);
  });
  socket.on('error', () => undefined);
  await bound(socket, 0);
  return {
    port: socket.address().port,
    connections: () => senders.size,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly sentAt: number;
}

async function connect(port: number, _options: ClientOptions): Promise<ClientHandle> {
  const socket = createSocket({ type: 'udp4', recvBufferSize: RECEIVE_BUFFER_BYTES });
  await bound(socket, 0);
  await new Promise<void>((resolve) => socket.connect(port, '127.0.0.1', resolve));
  const waiting = new Map<number, Waiting>();
  let nextSeq = 0;
  let closed = false;
  socket.on('message', (message) => {
    if (message.byteLength < SEQ_BYTES) return;
    const seq = message.readUInt32BE(0);
    const call = waiting.get(seq);
    if (!call) return;
    waiting.delete(seq);
    call.resolve(message.byteLength - SEQ_BYTES);
  });
  socket.on('error', () => undefined);
  // One sweep for every call, not a timer each: a timer per call would cost the baseline more than
  // the datagram does.
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const [seq, call] of waiting) {
      if (now - call.sentAt < LOST_AFTER_MS) break; // in sending order: the rest are younger
      waiting.delete(seq);
      call.reject(new Error(`datagram ${seq} unanswered after ${LOST_AFTER_MS} ms`));
    }
  }, LOST_AFTER_MS / 4);
  sweeper.unref();
  return {
    echo: (payload) =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error('raw-udp client closed'));
          return;
        }
        nextSeq = (nextSeq + 1) >>> 0;
        const seq = nextSeq;
        const datagram = Buffer.allocUnsafe(SEQ_BYTES + payload.byteLength);
        datagram.writeUInt32BE(seq, 0);
        payload.copy(datagram, SEQ_BYTES);
        waiting.set(seq, { resolve, reject, sentAt: performance.now() });
        socket.send(datagram);
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      for (const call of waiting.values()) call.reject(new Error('raw-udp client closed'));
      waiting.clear();
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}

export const rawUdp: System = {
  name: 'raw-udp',
  timeoutEvent: 'none (no session, no heartbeat)',
  hasTimeoutEvent: false,
  startServer,
  connect,
};
