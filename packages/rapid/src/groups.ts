// Groups of users (chat rooms, channels): membership by user id, kept while the user is offline so
// that a member who reconnects is still in its groups; the application removes members explicitly.

export interface GroupEvents {
  joined: [groupId: string, userId: string];
  left: [groupId: string, userId: string];
}

export class GroupRegistry {
  readonly #members = new Map<string, Set<string>>();
  readonly #groupsOf = new Map<string, Set<string>>();

  /** Adds the user to the group (creating it). Returns false when it was already a member. */
  join(groupId: string, userId: string): boolean {
    let members = this.#members.get(groupId);
    if (!members) {
      members = new Set();
      this.#members.set(groupId, members);
    }
    if (members.has(userId)) return false;
    members.add(userId);
    let groups = this.#groupsOf.get(userId);
    if (!groups) {
      groups = new Set();
      this.#groupsOf.set(userId, groups);
    }
    groups.add(groupId);
    return true;
  }

  /** Removes the user from the group; an empty group is forgotten. Returns false when it was no member. */
  leave(groupId: string, userId: string): boolean {
    const members = this.#members.get(groupId);
    if (!members?.delete(userId)) return false;
    if (members.size === 0) this.#members.delete(groupId);
    const groups = this.#groupsOf.get(userId);
    groups?.delete(groupId);
    if (groups?.size === 0) this.#groupsOf.delete(userId);
    return true;
  }

  /** Removes the user from every group. Returns the groups it left. */
  leaveAll(userId: string): string[] {
    const groups = [...(this.#groupsOf.get(userId) ?? [])];
    for (const groupId of groups) this.leave(groupId, userId);
    return groups;
  }

  isMember(groupId: string, userId: string): boolean {
    return this.#members.get(groupId)?.has(userId) ?? false;
  }

  members(groupId: string): string[] {
    return [...(this.#members.get(groupId) ?? [])];
  }

  groupsOf(userId: string): string[] {
    return [...(this.#groupsOf.get(userId) ?? [])];
  }

  /** Every group with at least one member. */
  list(): string[] {
    return [...this.#members.keys()];
  }
}
