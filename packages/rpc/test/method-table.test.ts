// Method tables shared between peers: same service + handlers -> one table, and a change to what a
// peer implements never leaks into another peer's table.

import type protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { methodOf } from '../src/index.js';
import { MethodTable } from '../src/method-table.js';
import { type Cleanup, Greeter, memoryPeers, runCleanup } from './helpers.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const sayHello = methodOf(Greeter, 'sayHello');
const echo = methodOf(Greeter, 'echo');

describe('MethodTable', () => {
  it('implementing the same service with the same handlers object reaches the same table', () => {
    const handlers = { sayHello: () => ({ message: 'a' }), echo: (r: unknown) => r };
    const first = MethodTable.EMPTY.withService(Greeter, handlers);
    const second = MethodTable.EMPTY.withService(Greeter, handlers);
    expect(second).toBe(first);
    expect(first.size).toBe(2);
    expect(first.get(sayHello.path)?.handler).toBe(handlers.sayHello);
    expect(MethodTable.EMPTY.size).toBe(0);
  });

  it('a different handlers object, or the same one changed since, gives a table of its own', () => {
    const handlers: Record<string, (r: unknown) => unknown> = { sayHello: () => ({ message: 'old' }) };
    const before = MethodTable.EMPTY.withService(Greeter, handlers);
    expect(MethodTable.EMPTY.withService(Greeter, { ...handlers })).not.toBe(before);

    const replaced = () => ({ message: 'new' });
    handlers.sayHello = replaced;
    const after = MethodTable.EMPTY.withService(Greeter, handlers);
    expect(after).not.toBe(before);
    expect(after.get(sayHello.path)?.handler).toBe(replaced);
    // The table built before the change still serves what it was built with.
    expect(before.get(sayHello.path)?.handler).not.toBe(replaced);

    handlers.echo = (r) => r;
    const grown = MethodTable.EMPTY.withService(Greeter, handlers);
    expect(grown.size).toBe(2);
    expect(after.size).toBe(1);
  });

  it('still validates the handlers object on every call, cached or not', () => {
    const handlers: Record<string, unknown> = { sayHello: () => ({}) };
    MethodTable.EMPTY.withService(Greeter, handlers);
    handlers.sayGoodbye = () => ({});
    expect(() => MethodTable.EMPTY.withService(Greeter, handlers)).toThrow(
      /sayGoodbye matches no unary method/,
    );
    delete handlers.sayGoodbye;
    handlers.sayHello = 'not a function';
    expect(() => MethodTable.EMPTY.withService(Greeter, handlers)).toThrow(/sayHello is not a function/);
  });

  it('answers every lookup right however lookups alternate, unknown names and tables included', () => {
    const handlers = { sayHello: () => ({ message: 'a' }), echo: (r: unknown) => r };
    const both = MethodTable.EMPTY.withService(Greeter, handlers);
    const echoOnly = MethodTable.EMPTY.withMethod(echo, handlers.echo);
    const asked = [
      sayHello.path,
      sayHello.path,
      echo.path,
      'no.Such/Method',
      'no.Such/Method',
      sayHello.path,
      '',
      '',
      echo.path,
    ];
    for (const path of asked) {
      const expected =
        path === sayHello.path ? handlers.sayHello : path === echo.path ? handlers.echo : undefined;
      expect(both.get(path)?.handler).toBe(expected);
      // Another table, asked in between, answers from its own methods.
      expect(echoOnly.get(path)?.handler).toBe(path === echo.path ? handlers.echo : undefined);
      expect(MethodTable.EMPTY.get(path)).toBeUndefined();
    }
    // The same name as another string (decoded from bytes, not the definition's own string).
    expect(both.get(Buffer.from(echo.path).toString())?.handler).toBe(handlers.echo);
  });

  it('refuses a method twice, and a refused service adds none of its methods', () => {
    const withEcho = MethodTable.EMPTY.withMethod(echo, (r) => r);
    expect(() => withEcho.withMethod(echo, (r) => r)).toThrow(/Echo is already implemented/);
    // sayHello would be new, echo is a duplicate: the whole service is refused, withEcho unchanged.
    expect(() => withEcho.withService(Greeter, { sayHello: () => ({}), echo: (r: unknown) => r })).toThrow(
      /already implemented/,
    );
    expect(withEcho.size).toBe(1);
    expect(withEcho.get(sayHello.path)).toBeUndefined();
  });

  it('the same method and handler added to the same table reach the same table', () => {
    const handler = (r: unknown) => r;
    expect(MethodTable.EMPTY.withMethod(echo, handler)).toBe(MethodTable.EMPTY.withMethod(echo, handler));
    expect(MethodTable.EMPTY.withMethod(echo, handler)).not.toBe(
      MethodTable.EMPTY.withMethod(echo, (r) => r),
    );
  });
});

describe('peers sharing a table', () => {
  it('each peer serves its own handlers after another changed what it implements', async () => {
    const shared = { sayHello: () => ({ message: 'shared' }) };
    const one = memoryPeers(cleanup);
    const two = memoryPeers(cleanup);
    one.server.implement(Greeter, shared);
    two.server.implement(Greeter, shared);
    // The second peer grows past the shared table; the first must not see its new method.
    two.server.handle(echo, (request) => request as protobuf.Message);

    expect((await one.client.client(Greeter).sayHello!({ name: 'x' })).message).toBe('shared');
    expect((await two.client.client(Greeter).sayHello!({ name: 'x' })).message).toBe('shared');
    const echoed = (await two.client.call(echo, { data: Buffer.from('hi') })) as { data: Uint8Array };
    expect(Buffer.from(echoed.data).toString()).toBe('hi');
    const refused = await one.client.call(echo, { data: Buffer.from('hi') }).catch((e: unknown) => e);
    expect(String(refused)).toMatch(/unknown method demo\.v1\.Greeter\/Echo/);
    expect(one.server.stats.unimplemented).toBe(1);
    expect(two.server.stats.unimplemented).toBe(0);
  });

  it('a peer that has counted nothing reports zero counters', () => {
    const { server } = memoryPeers(cleanup);
    expect(server.stats.callsReceived).toBe(0);
    expect(server.stats.replayEntries).toBe(0);
    expect(Object.isFrozen(server.stats)).toBe(false);
  });
});
