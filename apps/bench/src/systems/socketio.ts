// socket.io, configured as people run it for low latency: websocket transport only (no polling
// upgrade), emit with acknowledgement for request/response, and its own ping/pong heartbeat
// (server pings every pingInterval, waits pingTimeout for the pong).

import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import {
  type ClientHandle,
  type ClientOptions,
  type HeartbeatConfig,
  type ServerEvents,
  type ServerHandle,
  type System,
  withTimeout,
} from './types.js';

/** socket.io's timeout is pingInterval + pingTimeout: map the scenario's timeout onto that. */
function pingSettings(heartbeat: HeartbeatConfig | undefined): {
  pingInterval?: number;
  pingTimeout?: number;
} {
  if (!heartbeat) return {};
  return { pingInterval: heartbeat.intervalMs, pingTimeout: heartbeat.timeoutMs - heartbeat.intervalMs };
}

/**
 * The `ws` server class engine.io uses by default, passed explicitly: resolved from engine.io's own
 * location, so it is the same module whichever loader (tsx, vitest) loaded socket.io.
 */
function wsEngine(): unknown {
  const fromSocketIo = createRequire(createRequire(import.meta.url).resolve('socket.io'));
  const fromEngineIo = createRequire(fromSocketIo.resolve('engine.io'));
  // CommonJS `ws` has `Server`; its ESM wrapper (what vitest's resolver picks) `WebSocketServer`.
  const ws = fromEngineIo('ws') as { Server?: unknown; WebSocketServer?: unknown };
  return ws.WebSocketServer ?? ws.Server;
}

async function startServer(
  heartbeat: HeartbeatConfig | undefined,
  events: ServerEvents,
): Promise<ServerHandle> {
  const http = createServer();
  const server = new Server(http, {
    transports: ['websocket'],
    serveClient: false,
    perMessageDeflate: false,
    wsEngine: wsEngine(),
    ...pingSettings(heartbeat),
  });
  let held = 0;
  server.on('connection', (socket) => {
    held++;
    socket.on('echo', (payload: unknown, ack: unknown) => {
      if (typeof ack === 'function') ack(payload);
    });
    socket.on('disconnect', (reason) => {
      held--;
      if (reason === 'ping timeout') events.onTimeout();
      events.onDisconnect(reason);
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  const address = http.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => held,
    close: async () => {
      server.disconnectSockets(true);
      await withTimeout(
        new Promise<void>((resolve) => server.close(() => resolve())),
        5000,
        'socket.io server close',
      ).catch(() => http.closeAllConnections());
    },
  };
}

async function connect(port: number, options: ClientOptions): Promise<ClientHandle> {
  const socket = io(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 10_000,
  });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    }),
    15_000,
    'socket.io connect',
  ).catch((error: unknown) => {
    socket.close();
    throw error;
  });
  let closing = false;
  socket.once('disconnect', (reason) => {
    if (!closing) options.onLost?.(reason);
  });
  return {
    echo: (payload) => socket.emitWithAck('echo', payload),
    close() {
      closing = true;
      if (socket.disconnected) return Promise.resolve();
      return withTimeout(
        new Promise<void>((resolve) => {
          socket.once('disconnect', () => resolve());
          socket.close();
        }),
        2000,
        'socket.io client close',
      ).catch(() => undefined);
    },
  };
}

export const socketio: System = {
  name: 'socket.io',
  timeoutEvent: "server-side 'disconnect' with reason 'ping timeout'",
  hasTimeoutEvent: true,
  startServer,
  connect,
};
