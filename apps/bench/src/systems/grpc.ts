// @grpc/grpc-js unary calls, with HTTP/2 keepalive on both sides as its liveness mechanism.
// grpc-js raises no per-client event on the server: a client that wants the server to notice its
// departure holds a server-streaming Watch call open, and the server sees that call cancelled when
// the transport under it closes (keepalive timeout included). That is what the heartbeat scenarios
// time and count for grpc-js.

import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ECHO_PROTO } from './proto.js';
import {
  type ClientHandle,
  type ClientOptions,
  type HeartbeatConfig,
  type ServerEvents,
  type ServerHandle,
  type System,
  withTimeout,
} from './types.js';

interface EchoMessage {
  payload: Buffer;
}

type EchoClient = grpc.Client & {
  echo(
    request: EchoMessage,
    callback: (error: grpc.ServiceError | null, response?: EchoMessage) => void,
  ): grpc.ClientUnaryCall;
  watch(request: EchoMessage): grpc.ClientReadableStream<EchoMessage>;
};

let loaded: { service: grpc.ServiceDefinition; Client: grpc.ServiceClientConstructor } | undefined;

function definition(): NonNullable<typeof loaded> {
  if (!loaded) {
    const packageDefinition = protoLoader.loadSync(ECHO_PROTO, { keepCase: true });
    const pkg = grpc.loadPackageDefinition(packageDefinition) as unknown as {
      bench: { Echo: grpc.ServiceClientConstructor };
    };
    loaded = { service: pkg.bench.Echo.service, Client: pkg.bench.Echo };
  }
  return loaded;
}

function keepaliveOptions(heartbeat: HeartbeatConfig | undefined): grpc.ChannelOptions {
  if (!heartbeat) return {};
  return {
    'grpc.keepalive_time_ms': heartbeat.intervalMs,
    'grpc.keepalive_timeout_ms': heartbeat.timeoutMs - heartbeat.intervalMs,
    'grpc.keepalive_permit_without_calls': 1,
  };
}

async function startServer(
  heartbeat: HeartbeatConfig | undefined,
  events: ServerEvents,
): Promise<ServerHandle> {
  const server = new grpc.Server(keepaliveOptions(heartbeat));
  let watching = 0;
  server.addService(definition().service, {
    echo(call: grpc.ServerUnaryCall<EchoMessage, EchoMessage>, callback: grpc.sendUnaryData<EchoMessage>) {
      callback(null, { payload: call.request.payload });
    },
    watch(call: grpc.ServerWritableStream<EchoMessage, EchoMessage>) {
      watching++;
      let ended = false;
      const end = (reason: string): void => {
        if (ended) return;
        ended = true;
        watching--;
        events.onDisconnect(reason);
      };
      call.on('cancelled', () => end('cancelled'));
      call.on('error', () => end('error'));
      call.on('close', () => end('closed'));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    );
  });
  return {
    port,
    connections: () => watching,
    close: async () => {
      await withTimeout(
        new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
        3000,
        'grpc server shutdown',
      ).catch(() => server.forceShutdown());
    },
  };
}

async function connect(port: number, options: ClientOptions): Promise<ClientHandle> {
  const { Client } = definition();
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    // One TCP connection per client object, as with the other systems (grpc-js shares them otherwise).
    'grpc.use_local_subchannel_pool': 1,
    ...keepaliveOptions(options.heartbeat),
  }) as unknown as EchoClient;
  await new Promise<void>((resolve, reject) => {
    client.waitForReady(Date.now() + 15_000, (error) => (error ? reject(error) : resolve()));
  }).catch((error: unknown) => {
    client.close();
    throw error;
  });
  let closing = false;
  let watch: grpc.ClientReadableStream<EchoMessage> | undefined;
  if (options.heartbeat) {
    watch = client.watch({ payload: Buffer.alloc(0) });
    watch.on('data', () => undefined);
    watch.on('error', (error: grpc.ServiceError) => {
      if (!closing) options.onLost?.(`watch ended: ${grpc.status[error.code] ?? error.code}`);
    });
  }
  return {
    echo: (payload) =>
      new Promise((resolve, reject) => {
        client.echo({ payload }, (error, response) => (error ? reject(error) : resolve(response)));
      }),
    close: async () => {
      if (closing) return;
      closing = true;
      watch?.cancel();
      client.close();
    },
  };
}

export const grpcjs: System = {
  name: 'grpc-js',
  timeoutEvent:
    'none built in: server keepalive (time/timeout) closes the HTTP/2 session; timed as the end of the client’s Watch stream',
  hasTimeoutEvent: false,
  startServer,
  connect,
};
