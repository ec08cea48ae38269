// The storage boundary and configuration: MemoryUserStore's contract (value semantics, per-entry
// add/remove, the record going with its last entry), the per-key queue's ordering, bad options,
// bad bind arguments and a failing store.

import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryUserStore, type PresenceEntry, UserManager } from '../src/index.js';
import { KeyedQueue } from '../src/keyed-queue.js';
import { expectConsistent, GatedStore, recordEvents } from './helpers.js';

function entry(connectionId: string, deviceType = 'default'): PresenceEntry {
  return {
    connectionId,
    serverId: 's1',
    deviceType,
    remoteAddress: '127.0.0.1',
    remotePort: 1,
    loginTime: 1,
  };
}

describe('MemoryUserStore', () => {
  it('adds, replaces and removes entries; the record and its tag go with the last entry', async () => {
    const store = new MemoryUserStore<string>();
    expect(await store.get('ada')).toBeUndefined();
    await store.setTag('ada', 'ignored'); // no record yet
    expect(await store.get('ada')).toBeUndefined();
    await store.addConnection('ada', entry('c1'));
    await store.addConnection('ada', entry('c2', 'mobile'));
    await store.addConnection('ada', entry('c1', 'tablet')); // same id: replaced
    await store.setTag('ada', 'vip');
    expect(await store.get('ada')).toEqual({
      userId: 'ada',
      tag: 'vip',
      connections: [entry('c1', 'tablet'), entry('c2', 'mobile')],
    });
    expect(await store.count()).toBe(1);
    await store.removeConnection('ada', 'nope');
    await store.removeConnection('nobody', 'c1');
    await store.removeConnection('ada', 'c1');
    expect((await store.get('ada'))?.connections).toEqual([entry('c2', 'mobile')]);
    await store.removeConnection('ada', 'c2');
    expect(await store.get('ada')).toBeUndefined();
    expect(await store.count()).toBe(0);
    await store.addConnection('ada', entry('c3'));
    expect((await store.get('ada'))?.tag).toBeUndefined();
  });

  it('hands out copies: mutating a result or an added entry does not change the store', async () => {
    const store = new MemoryUserStore();
    const e = { ...entry('c1') };
    await store.addConnection('ada', e);
    (e as { deviceType: string }).deviceType = 'changed';
    const record = await store.get('ada');
    (record!.connections as PresenceEntry[]).push(entry('x'));
    expect((await store.get('ada'))?.connections).toEqual([entry('c1')]);
  });

  it('lists every record', async () => {
    const store = new MemoryUserStore();
    await store.addConnection('a', entry('c1'));
    await store.addConnection('b', entry('c2'));
    const listed = [];
    for await (const r of store.list()) listed.push(r.userId);
    expect(listed.sort()).toEqual(['a', 'b']);
  });

  it('agrees with a model under any sequence of operations', async () => {
    type Op = { kind: 'add' | 'remove'; user: string; conn: string };
    const op = fc.record({
      kind: fc.constantFrom<'add' | 'remove'>('add', 'remove'),
      user: fc.constantFrom('a', 'b', 'c'),
      conn: fc.constantFrom('1', '2', '3'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops: Op[]) => {
        const store = new MemoryUserStore();
        const model = new Map<string, Set<string>>();
        for (const o of ops) {
          if (o.kind === 'add') {
            await store.addConnection(o.user, entry(o.conn));
            model.set(o.user, (model.get(o.user) ?? new Set()).add(o.conn));
          } else {
            await store.removeConnection(o.user, o.conn);
            model.get(o.user)?.delete(o.conn);
            if (model.get(o.user)?.size === 0) model.delete(o.user);
          }
        }
        expect(await store.count()).toBe(model.size);
        for (const [user, conns] of model) {
          expect(new Set((await store.get(user))?.connections.map((c) => c.connectionId))).toEqual(conns);
        }
      }),
    );
  });
});

describe('KeyedQueue', () => {
  it('runs tasks of one key one after another, other keys alongside, and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => {
      release = resolve;
    });
    const a1 = queue.run('a', async () => {
      order.push('a1 start');
      await blocker;
      order.push('a1 end');
    });
    const a2 = queue.run('a', async () => {
      order.push('a2');
      throw new Error('a2 fails');
    });
    const a3 = queue.run('a', async () => order.push('a3'));
    const b1 = queue.run('b', async () => order.push('b1'));
    await b1;
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a1 start', 'b1']);
    expect(queue.size).toBe(1); // b is idle and forgotten, a is still busy
    release();
    await a1;
    await expect(a2).rejects.toThrow('a2 fails');
    await a3;
    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2', 'a3']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.size).toBe(0);
  });
});

describe('configuration and bad input', () => {
  it.each([
    [{ relogonPolicy: 'newest-wins' as never }, /relogonPolicy/],
    [{ timedOutHandlerTimeoutMs: -1 }, /timedOutHandlerTimeoutMs/],
    [{ timedOutHandlerTimeoutMs: Number.NaN }, /timedOutHandlerTimeoutMs/],
    [{ closeTimeoutMs: 0 }, /closeTimeoutMs/],
    [{ serverId: '' }, /serverId/],
  ])('rejects %o with a ConfigError', (options, message) => {
    expect(() => new UserManager(options)).toThrow(message);
    try {
      new UserManager(options);
    } catch (error) {
      expect(error).toMatchObject({ name: 'ConfigError', code: 'ERR_INVALID_CONFIG' });
    }
  });

  it('has documented defaults', () => {
    const um = new UserManager();
    expect(um.relogonPolicy).toBe('replace-old');
    expect(um.serverId).toMatch(/:\d+$/);
    expect(um.store).toBeInstanceOf(MemoryUserStore);
    expect(um.count).toBe(0);
    expect(um.closing).toBe(false);
  });

  it('rejects a bind without a valid user id or device type, leaving the connection usable', async () => {
    const um = new UserManager();
    const [, server] = createMemoryConnectionPair();
    await expect(um.bind(server, { userId: '' })).rejects.toMatchObject({ code: 'ERR_INVALID_CONFIG' });
    await expect(um.bind(server, { userId: 42 as never })).rejects.toMatchObject({
      code: 'ERR_INVALID_CONFIG',
    });
    await expect(um.bind(server, { userId: 'ada', deviceType: '' })).rejects.toMatchObject({
      code: 'ERR_INVALID_CONFIG',
    });
    expect((await um.bind(server, { userId: 'ada' })).ok).toBe(true);
    await um.shutdown();
  });

  it('a failing store rejects the bind and leaves nobody online', async () => {
    const store = new GatedStore();
    store.failAdd = true;
    const um = new UserManager({ store });
    const log = recordEvents(um);
    const [, server] = createMemoryConnectionPair();
    await expect(um.bind(server, { userId: 'ada' })).rejects.toThrow('store down');
    expect(um.isOnline('ada')).toBe(false);
    expect(log).toEqual([]);
    await expectConsistent(um);
    store.failAdd = false;
    expect((await um.bind(server, { userId: 'ada' })).ok).toBe(true);
    await um.shutdown();
  });

  it('destroys a connection whose close does not complete within closeTimeoutMs', async () => {
    const um = new UserManager({ closeTimeoutMs: 50 });
    const [client, server] = createMemoryConnectionPair();
    expect((await um.bind(server, { userId: 'ada' })).ok).toBe(true);
    // a close that never finishes (e.g. a flush towards a peer that stopped reading)
    server.close = () => new Promise<void>(() => {});
    const log = recordEvents(um);
    await um.kickOut('ada');
    expect(server.state).toBe('closed');
    expect(log.find((e) => e.event === 'userDisconnected')?.reason).toBe('kicked-out');
    expect(client.state).toBe('closed');
  });

  it('supports await using', async () => {
    const [, server] = createMemoryConnectionPair();
    let um: UserManager;
    {
      await using managed = new UserManager();
      um = managed;
      await managed.bind(server, { userId: 'ada' });
    }
    expect(um.closing).toBe(true);
    expect(server.state).toBe('closed');
  });
});
