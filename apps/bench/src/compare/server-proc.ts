// Child process: one system's echo server. Reports its port, answers the runner's questions about
// its own cost (CPU, RSS, connections, timeouts) and, on command, blocks its event loop (stall
// scenario). Timeout and disconnect events are forwarded only while armed, so 10,000 clients
// leaving at the end of a run do not flood the channel.

import { argJson, fail, onCommand, sendToParent } from '../lib/ipc.js';
import { loadSystem } from '../systems/index.js';
import { type HeartbeatConfig, isSystemName, type ServerHandle } from '../systems/types.js';

const name = process.argv[2] ?? '';
if (!isSystemName(name)) throw new Error(`unknown system ${name}`);
const heartbeat = argJson<HeartbeatConfig | null>(3) ?? undefined;

let armed = false;
let timeouts = 0;
let disconnects = 0;
const reasons = new Map<string, number>();
let handle: ServerHandle | undefined;

function stats() {
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  return {
    type: 'stats',
    cpuMicros: cpu.user + cpu.system,
    rss: process.memoryUsage.rss(),
    heap: heapBytes(),
    maxRss: usage.maxRSS * 1024,
    connections: handle?.connections() ?? 0,
    timeouts,
    disconnects,
    reasons: Object.fromEntries(reasons),
  };
}

/** JS heap in use plus memory outside it held by JS objects (Buffers): what the process itself keeps alive. */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

onCommand(
  (message) => {
    switch (message.type) {
      case 'stats':
        sendToParent(stats());
        break;
      case 'gc':
        collectGarbage();
        sendToParent({ ...stats(), type: 'gc-done' });
        break;
      case 'arm':
        armed = message.on !== false;
        sendToParent({ type: 'armed' });
        break;
      case 'block': {
        // The stall: a long synchronous task, bounded by the requested time.
        const ms = Number(message.ms);
        sendToParent({ type: 'blocking' });
        const end = performance.now() + ms;
        while (performance.now() < end) {
          // busy on purpose
        }
        sendToParent({ type: 'unblocked' });
        break;
      }
      default:
        throw new Error(`server: unknown command ${message.type}`);
    }
  },
  async () => {
    await handle?.close();
  },
);

try {
  handle = await (await loadSystem(name)).startServer(heartbeat, {
    onTimeout() {
      timeouts++;
      if (armed) sendToParent({ type: 'timeout' });
    },
    onDisconnect(reason) {
      disconnects++;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      if (armed) sendToParent({ type: 'disconnect', reason });
    },
  });
  sendToParent({ type: 'ready', port: handle.port });
} catch (error) {
  fail(error);
}
