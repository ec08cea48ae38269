// The default UserStore: presence records in a Map of this process. Hands out copies so callers
// see the same value semantics a serializing store (Redis) would give them.

import type { PresenceEntry, PresenceRecord, UserStore } from './store.js';

interface StoredUser<TTag> {
  tag: TTag | undefined;
  connections: PresenceEntry[];
}

export class MemoryUserStore<TTag = unknown> implements UserStore<TTag> {
  readonly #users = new Map<string, StoredUser<TTag>>();

  async get(userId: string): Promise<PresenceRecord<TTag> | undefined> {
    const user = this.#users.get(userId);
    return user && copy(userId, user);
  }

  async addConnection(userId: string, entry: PresenceEntry): Promise<void> {
    const frozen = Object.freeze({ ...entry });
    const user = this.#users.get(userId);
    if (!user) {
      this.#users.set(userId, { tag: undefined, connections: [frozen] });
      return;
    }
    const at = user.connections.findIndex((c) => c.connectionId === entry.connectionId);
    if (at === -1) user.connections.push(frozen);
    else user.connections[at] = frozen;
  }

  async removeConnection(userId: string, connectionId: string): Promise<void> {
    const user = this.#users.get(userId);
    if (!user) return;
    user.connections = user.connections.filter((c) => c.connectionId !== connectionId);
    if (user.connections.length === 0) this.#users.delete(userId);
  }

  async setTag(userId: string, tag: TTag | undefined): Promise<void> {
    const user = this.#users.get(userId);
    if (user) user.tag = tag;
  }

  async *list(): AsyncIterable<PresenceRecord<TTag>> {
    for (const [userId, user] of [...this.#users]) yield copy(userId, user);
  }

  async count(): Promise<number> {
    return this.#users.size;
  }
}

function copy<TTag>(userId: string, user: StoredUser<TTag>): PresenceRecord<TTag> {
  return { userId, tag: user.tag, connections: [...user.connections] };
}
