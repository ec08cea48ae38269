// The IPC messages between the real-process tests and their peer processes.

export type PeerCommand =
  | { cmd: 'serve'; transports: ('tcp' | 'udp')[]; timeoutSpanInSecs: number }
  | {
      cmd: 'connect';
      transport: 'tcp' | 'udp';
      port: number;
      count: number;
      heartBeatSpanInSecs: number;
      timeoutSpanInSecs?: number;
    }
  | { cmd: 'block'; ms: number }
  | { cmd: 'stats' };

export type PeerEvent =
  | { ev: 'ready'; pid: number }
  | { ev: 'listening'; ports: { tcp?: number; udp?: number } }
  | { ev: 'connected'; count: number }
  | { ev: 'data'; bytes: number }
  | { ev: 'timedOut'; id: string; silentMs: number }
  | { ev: 'unblocked'; sweeps: number }
  | {
      ev: 'stats';
      sweeps: number;
      timedOut: number;
      stalledMs: number;
      idlePings: number;
      watched: number;
      open: number;
    }
  | { ev: 'failed'; message: string };
