// @heartwire/transport: TCP and UDP server and client engines over node:net and node:dgram, each
// producing heartwire Connections. Nothing above this package sees a socket.

export type {
  ResolvedTcpOptions,
  ResolvedUdpOptions,
  TcpClientOptions,
  TcpOptions,
  TcpServerOptions,
  UdpClientOptions,
  UdpOptions,
  UdpServerOptions,
} from './options.js';
export type { TransportStats } from './stats.js';
export { TcpClientEngine } from './tcp-client.js';
export { TcpConnection } from './tcp-connection.js';
export { type ServerEngineEvents, TcpServerEngine } from './tcp-server.js';
export { SessionRefusedError, UdpClientEngine } from './udp-client.js';
export { UdpConnection } from './udp-connection.js';
export { UdpServerEngine } from './udp-server.js';
