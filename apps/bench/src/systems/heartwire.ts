// heartwire as the comparison runs it, over TCP or UDP. This is the one file that knows how
// heartwire is assembled: today from the layers (transport engines, HeartBeatChecker /
// HeartBeater, RpcPeer per connection), the way the Rapid engines put them together; switching
// the comparison to RapidServerEngine / RapidClientEngine is a change to this file only.

import { HeartBeatChecker, HeartBeater } from '@heartwire/heartbeat';
import type { Connection } from '@heartwire/protocol';
import { RpcPeer } from '@heartwire/rpc';
import { TcpClientEngine, TcpServerEngine, UdpClientEngine, UdpServerEngine } from '@heartwire/transport';
import { echoService } from './proto.js';
import type {
  ClientHandle,
  ClientOptions,
  HeartbeatConfig,
  ServerEvents,
  ServerHandle,
  System,
  SystemName,
} from './types.js';

/** The Rapid engines' defaults (heartBeatSpanInSecs 10, timeoutSpanInSecs 30), used when a scenario sets none. */
const DEFAULT_HEARTBEAT: HeartbeatConfig = { intervalMs: 10_000, timeoutMs: 30_000 };

interface EchoMessage {
  payload: Uint8Array;
}

type Transport = 'tcp' | 'udp';

function makeServerEngine(transport: Transport): TcpServerEngine | UdpServerEngine {
  return transport === 'tcp'
    ? new TcpServerEngine({ host: '127.0.0.1', port: 0 })
    : new UdpServerEngine({ host: '127.0.0.1', port: 0 });
}

function makeClientEngine(transport: Transport, port: number): TcpClientEngine | UdpClientEngine {
  return transport === 'tcp'
    ? new TcpClientEngine({ host: '127.0.0.1', port })
    : new UdpClientEngine({ host: '127.0.0.1', port });
}

function serverFor(transport: Transport) {
  return async (heartbeat: HeartbeatConfig | undefined, events: ServerEvents): Promise<ServerHandle> => {
    const hb = heartbeat ?? DEFAULT_HEARTBEAT;
    const engine = makeServerEngine(transport);
    const checker = new HeartBeatChecker({ timeoutSpanInSecs: hb.timeoutMs / 1000, closeOnTimeout: true });
    checker.on('timedOut', () => events.onTimeout());
    const service = echoService();
    const handlers = {
      echo: (request: unknown) => ({ payload: (request as EchoMessage).payload }),
    };
    engine.on('connection', (connection: Connection) => {
      connection.on('close', (info) => events.onDisconnect(info.reason));
      checker.watch(connection);
      new RpcPeer(connection).implement(service, handlers);
    });
    await engine.start();
    return {
      port: engine.port,
      connections: () => engine.connections.size,
      close: async () => {
        checker.close();
        await engine.close();
      },
    };
  };
}

function clientFor(transport: Transport) {
  return async (port: number, options: ClientOptions): Promise<ClientHandle> => {
    const hb = options.heartbeat ?? DEFAULT_HEARTBEAT;
    const engine = makeClientEngine(transport, port);
    const connection = await engine.connect();
    const beater = new HeartBeater(connection, { heartBeatSpanInSecs: hb.intervalMs / 1000 });
    const peer = new RpcPeer(connection);
    const stub = peer.client(echoService());
    const echo = stub.echo;
    if (!echo) throw new Error('bench.Echo has no echo method');
    let closing = false;
    connection.once('close', (info) => {
      if (!closing) options.onLost?.(info.reason);
    });
    return {
      echo: (payload) => echo({ payload }),
      close: async () => {
        if (closing) return;
        closing = true;
        beater.stop();
        await peer.close();
        await engine.close();
      },
    };
  };
}

function system(name: SystemName, transport: Transport): System {
  return {
    name,
    timeoutEvent: `HeartBeatChecker 'timedOut' (closeOnTimeout: CLOSE heartbeat-timeout), ${transport.toUpperCase()}`,
    hasTimeoutEvent: true,
    startServer: serverFor(transport),
    connect: clientFor(transport),
  };
}

export const heartwireTcp: System = system('heartwire-tcp', 'tcp');
export const heartwireUdp: System = system('heartwire-udp', 'udp');
