// The registry of compared systems, in report order (baseline first). Adapters are imported on
// demand: a child process that runs one system does not pay for loading the others' libraries.

import type { System, SystemName } from './types.js';

const loaders: Readonly<Record<SystemName, () => Promise<System>>> = {
  raw: async () => (await import('./raw.js')).raw,
  'raw-udp': async () => (await import('./raw-udp.js')).rawUdp,
  'heartwire-tcp': async () => (await import('./heartwire.js')).heartwireTcp,
  'heartwire-udp': async () => (await import('./heartwire.js')).heartwireUdp,
  'socket.io': async () => (await import('./socketio.js')).socketio,
  'grpc-js': async () => (await import('./grpc.js')).grpcjs,
};

export function loadSystem(name: SystemName): Promise<System> {
  return loaders[name]();
}
