// Child process of the heartbeat-idle benchmark: a load generator holding `count` idle connections.
// `heartwire`: TcpClientEngine + HeartBeater (PING when idle for N) + one HeartBeatChecker; `raw`:
// node:net sockets writing a 9-byte ping every N (the size of a heartwire PING frame) and the same
// last-seen sweep as the raw server. Counts client-side timeouts and connections lost.

import { connect, type Socket } from 'node:net';
import { HeartBeatChecker, HeartBeater } from '@heartwire/heartbeat';
import { type Connection, encodeFrame, encodePing, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine } from '@heartwire/transport';
import { argJson, fail, onCommand, sendToParent } from './lib/ipc.js';

export interface IdleClientConfig {
  readonly impl: 'heartwire' | 'raw';
  readonly port: number;
  readonly count: number;
  readonly heartBeatSpanInSecs: number;
  readonly timeoutSpanInSecs: number;
}

const config = argJson<IdleClientConfig>(2);
const CONNECT_BATCH = 100;
let timeouts = 0;
let lost = 0;
let marked = { timeouts: 0, lost: 0 };
let stalledMs = (): number => 0;
const closers: (() => void)[] = [];

async function connectHeartwire(): Promise<void> {
  const checker = new HeartBeatChecker({ timeoutSpanInSecs: config.timeoutSpanInSecs });
  checker.on('timedOut', () => timeouts++);
  stalledMs = () => checker.stats.stalledMs;
  closers.push(() => checker.close());
  const connected: Connection[] = [];
  const one = async (): Promise<void> => {
    const engine = new TcpClientEngine({ port: config.port, connectTimeoutMs: 30_000 });
    const connection: Connection = await engine.connect();
    connection.on('close', () => lost++);
    new HeartBeater(connection, { heartBeatSpanInSecs: config.heartBeatSpanInSecs });
    connected.push(connection);
    closers.push(() => connection.destroy());
  };
  for (let i = 0; i < config.count; i += CONNECT_BATCH) {
    await Promise.all(Array.from({ length: Math.min(CONNECT_BATCH, config.count - i) }, one));
  }
  // The client side judges the server from the moment all its connections are up (as a client
  // does after its login): a server still accepting a connect storm is not what is measured.
  for (const connection of connected) checker.watch(connection);
}

async function connectRaw(): Promise<void> {
  const ping = encodeFrame(FrameKind.PING, encodePing(1));
  const lastSeen = new Map<Socket, number>();
  const timeoutMs = config.timeoutSpanInSecs * 1000;
  const lastPong = new Map<Socket, number>();
  const timedOut = new WeakSet<Socket>();
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const [socket, seen] of lastSeen) {
      if (now - seen > timeoutMs) {
        timeouts++;
        lastSeen.delete(socket);
        timedOut.add(socket);
        socket.destroy();
      }
    }
  }, 250);
  closers.push(() => clearInterval(sweep));
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const socket = connect({ port: config.port, host: '127.0.0.1', noDelay: true }, () => {
        lastPong.set(socket, performance.now());
        const timer = setInterval(() => socket.write(ping), config.heartBeatSpanInSecs * 1000);
        socket.on('close', () => {
          clearInterval(timer);
          lastPong.delete(socket);
          lastSeen.delete(socket);
          if (!timedOut.has(socket)) lost++;
        });
        closers.push(() => socket.destroy());
        resolve();
      });
      socket.on('data', () => {
        const now = performance.now();
        lastPong.set(socket, now);
        if (lastSeen.has(socket)) lastSeen.set(socket, now);
      });
      socket.once('error', reject);
    });
  for (let i = 0; i < config.count; i += CONNECT_BATCH) {
    await Promise.all(Array.from({ length: Math.min(CONNECT_BATCH, config.count - i) }, one));
  }
  // As for heartwire: judged from the moment all connections are up.
  const now = performance.now();
  for (const socket of lastPong.keys()) lastSeen.set(socket, now);
}

onCommand(
  (message) => {
    if (message.type === 'mark') {
      marked = { timeouts, lost };
      sendToParent({ type: 'marked' });
      return;
    }
    if (message.type !== 'report') throw new Error(`heartbeat-idle client: unknown command ${message.type}`);
    sendToParent({
      type: 'report',
      timeouts: timeouts - marked.timeouts,
      lost: lost - marked.lost,
      timeoutsBefore: marked.timeouts,
      lostBefore: marked.lost,
      stalledMs: stalledMs(),
    });
  },
  async () => {
    for (const close of closers.splice(0)) close();
  },
);

try {
  if (config.impl === 'heartwire') await connectHeartwire();
  else await connectRaw();
  sendToParent({ type: 'connected', count: config.count });
} catch (error) {
  fail(error);
}
