// Child process of the heartbeat-idle benchmark: the server under test. `heartwire` is a
// TcpServerEngine with one HeartBeatChecker (closeOnTimeout); `raw` is the baseline on node:net:
// it echoes every ping and keeps a last-seen timestamp per socket, swept by one setInterval.
// It reports its own CPU time and RSS; every timeout it declares is a false one (clients are live).

import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createServer, type Socket } from 'node:net';
import { HeartBeatChecker } from '@heartwire/heartbeat';
import { TcpServerEngine } from '@heartwire/transport';
import { argJson, fail, onCommand, sendToParent } from './lib/ipc.js';

export interface IdleServerConfig {
  readonly impl: 'heartwire' | 'raw';
  readonly heartBeatSpanInSecs: number;
  readonly timeoutSpanInSecs: number;
  /** Write a V8 CPU profile of the measured window (mark → report) to this file. */
  readonly profileFile?: string;
}

const config = argJson<IdleServerConfig>(2);
let timeouts = 0;
let idlePings = (): number => 0;
let connections = (): number => 0;
let close = async (): Promise<void> => undefined;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

async function startHeartwire(): Promise<number> {
  const server = new TcpServerEngine();
  const checker = new HeartBeatChecker({ timeoutSpanInSecs: config.timeoutSpanInSecs, closeOnTimeout: true });
  checker.on('timedOut', () => timeouts++);
  idlePings = () => checker.stats.idlePings;
  server.on('connection', (connection) => checker.watch(connection));
  await server.start();
  connections = () => server.connections.size;
  close = async () => {
    checker.close();
    await server.close();
  };
  return server.port;
}

async function startRaw(): Promise<number> {
  const lastSeen = new Map<Socket, number>();
  const timeoutMs = config.timeoutSpanInSecs * 1000;
  const server = createServer({ noDelay: true }, (socket) => {
    lastSeen.set(socket, performance.now());
    socket.on('data', (chunk) => {
      lastSeen.set(socket, performance.now());
      socket.write(chunk);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => lastSeen.delete(socket));
  });
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const [socket, seen] of lastSeen) {
      if (now - seen > timeoutMs) {
        timeouts++;
        lastSeen.delete(socket);
        socket.destroy();
      }
    }
  }, 250);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  connections = () => lastSeen.size;
  close = async () => {
    clearInterval(sweep);
    for (const socket of lastSeen.keys()) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return typeof address === 'object' && address ? address.port : 0;
}

// The profiler runs only over the window, so connection set-up does not drown the steady state.
let profiler: Session | undefined;

async function startProfile(): Promise<void> {
  if (config.profileFile === undefined) return;
  profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}

async function stopProfile(): Promise<void> {
  if (!profiler || config.profileFile === undefined) return;
  const { profile } = await profiler.post('Profiler.stop');
  profiler.disconnect();
  profiler = undefined;
  await writeFile(config.profileFile, JSON.stringify(profile));
}

let mark = { cpu: process.cpuUsage(), at: performance.now(), timeouts: 0, idlePings: 0 };

onCommand(
  async (message) => {
    switch (message.type) {
      case 'baseline':
        // Startup garbage (module loading, the TypeScript transform) returns to the OS only after
        // GC and a moment: measure the empty server once that has settled.
        for (let i = 0; i < 3; i++) {
          collectGarbage();
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        collectGarbage();
        sendToParent({
          type: 'baseline',
          rss: process.memoryUsage.rss(),
          heap: process.memoryUsage().heapUsed,
        });
        break;
      case 'mark':
        collectGarbage();
        await startProfile();
        mark = { cpu: process.cpuUsage(), at: performance.now(), timeouts, idlePings: idlePings() };
        sendToParent({ type: 'marked', connections: connections(), rss: process.memoryUsage.rss() });
        break;
      case 'report': {
        const cpu = process.cpuUsage(mark.cpu);
        const elapsedMs = performance.now() - mark.at;
        await stopProfile();
        collectGarbage();
        sendToParent({
          type: 'report',
          cpuMicros: cpu.user + cpu.system,
          userMicros: cpu.user,
          systemMicros: cpu.system,
          elapsedMs,
          timeouts: timeouts - mark.timeouts,
          idlePings: idlePings() - mark.idlePings,
          connections: connections(),
          rss: process.memoryUsage.rss(),
          heap: process.memoryUsage().heapUsed,
        });
        break;
      }
      default:
        throw new Error(`heartbeat-idle server: unknown command ${message.type}`);
    }
  },
  () => close(),
);

try {
  const port = config.impl === 'heartwire' ? await startHeartwire() : await startRaw();
  sendToParent({ type: 'ready', port });
} catch (error) {
  fail(error);
}
