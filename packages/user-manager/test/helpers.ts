// Test helpers: an ordered log of the manager's events, bounded waits, and a store whose writes
// can be held back to force interleavings.

import type { CloseInfo, Connection, DisconnectReason } from '@heartwire/protocol';
import { MemoryUserStore, type PresenceEntry, type UserManager } from '../src/index.js';

export interface LogEntry {
  readonly event: string;
  readonly userId?: string;
  readonly connectionId?: string;
  readonly reason?: DisconnectReason;
  readonly online?: boolean;
  readonly count?: number;
}

export function recordEvents(manager: UserManager<unknown>): LogEntry[] {
  const log: LogEntry[] = [];
  manager.on('userConnected', (user, c) =>
    log.push({ event: 'userConnected', userId: user.userId, connectionId: c.connectionId }),
  );
  manager.on('userTimedOut', (user, c) =>
    log.push({ event: 'userTimedOut', userId: user.userId, connectionId: c.connectionId }),
  );
  manager.on('userDisconnected', (user, reason, info) =>
    log.push({
      event: 'userDisconnected',
      userId: user.userId,
      connectionId: info.connection.connectionId,
      reason,
      online: info.online,
    }),
  );
  manager.on('userPushedOut', (user, c) =>
    log.push({ event: 'userPushedOut', userId: user.userId, connectionId: c.connectionId }),
  );
  manager.on('newConnectionIgnored', (user, c) =>
    log.push({ event: 'newConnectionIgnored', userId: user.userId, connectionId: c.id }),
  );
  manager.on('userCountChanged', (count) => log.push({ event: 'userCountChanged', count }));
  return log;
}

/** Disconnect reports per connection id: the exactly-once checks read this. */
export function disconnectsPerConnection(log: readonly LogEntry[]): Map<string, DisconnectReason[]> {
  const out = new Map<string, DisconnectReason[]>();
  for (const e of log) {
    if (e.event !== 'userDisconnected' || !e.connectionId || !e.reason) continue;
    out.set(e.connectionId, [...(out.get(e.connectionId) ?? []), e.reason]);
  }
  return out;
}

export async function waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resolves with the connection's CloseInfo, bounded. */
export function closed(connection: Connection, timeoutMs = 5000): Promise<CloseInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${connection.id} did not close in ${timeoutMs} ms`)),
      timeoutMs,
    );
    connection.once('close', (info) => {
      clearTimeout(timer);
      resolve(info);
    });
  });
}

/** At rest, the manager's view, its store and its connections agree: no ghost online users. */
export async function expectConsistent(manager: UserManager<unknown>): Promise<void> {
  const users = manager.getOnlineUsers();
  if (users.length !== manager.count) throw new Error('count and getOnlineUsers() disagree');
  if ((await manager.store.count()) !== manager.count) throw new Error('store count and count disagree');
  let connections = 0;
  for (const user of users) {
    if (user.connections.length === 0) throw new Error(`${user.userId} online without a connection`);
    const record = await manager.store.get(user.userId);
    const stored = (record?.connections ?? []).map((c) => c.connectionId).sort();
    const local = user.connections.map((c) => c.connectionId).sort();
    if (JSON.stringify(stored) !== JSON.stringify(local)) {
      throw new Error(`store and manager disagree on ${user.userId}: ${stored} vs ${local}`);
    }
    for (const c of user.connections) {
      if (c.connection.state !== 'open')
        throw new Error(`${c.connectionId} is bound but ${c.connection.state}`);
    }
    connections += user.connections.length;
  }
  if (connections !== manager.connectionCount) throw new Error('connectionCount disagrees');
}

export class Gate {
  #open: (() => void) | undefined;
  readonly opened: Promise<void> = new Promise((resolve) => {
    this.#open = resolve;
  });
  open(): void {
    this.#open?.();
  }
}

/** A MemoryUserStore whose writes wait on gates the test controls. */
export class GatedStore extends MemoryUserStore<unknown> {
  addGate: Gate | undefined;
  removeGate: Gate | undefined;
  /** Resolves the next time a write starts waiting on a gate. */
  onWait: (() => void) | undefined;
  tagGate: Gate | undefined;
  failAdd = false;

  override async setTag(userId: string, tag: unknown): Promise<void> {
    const gate = this.tagGate;
    if (gate) {
      this.onWait?.();
      await gate.opened;
    }
    return super.setTag(userId, tag);
  }

  override async addConnection(userId: string, entry: PresenceEntry): Promise<void> {
    if (this.failAdd) throw new Error('store down');
    const gate = this.addGate;
    if (gate) {
      this.onWait?.();
      await gate.opened;
    }
    return super.addConnection(userId, entry);
  }

  override async removeConnection(userId: string, connectionId: string): Promise<void> {
    const gate = this.removeGate;
    if (gate) {
      this.onWait?.();
      await gate.opened;
    }
    return super.removeConnection(userId, connectionId);
  }

  nextWait(): Promise<void> {
    return new Promise((resolve) => {
      this.onWait = () => {
        this.onWait = undefined;
        resolve();
      };
    });
  }
}
