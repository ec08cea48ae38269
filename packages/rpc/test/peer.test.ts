import { ErrorCodes, HeartwireError } from '@heartwire/protocol';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallContext, isRpcError, methodOf, RpcError, RpcPeer, RpcStatus } from '../src/index.js';
import {
  activeTimers,
  ChatPush,
  type Cleanup,
  Greeter,
  HelloReply,
  memoryPeers,
  runCleanup,
  settle,
  waitFor,
} from './helpers.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

type Hello = protobuf.Message & { name: string; delayMs: number; fail: boolean };

function greeterHandlers(log: string[] = []) {
  return {
    sayHello: async (request: protobuf.Message, ctx: CallContext) => {
      const r = request as Hello;
      log.push(r.name);
      if (r.fail) throw new RpcError(RpcStatus.PERMISSION_DENIED, `no hello for ${r.name}`);
      if (r.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
      return { message: `hello ${r.name}`, count: log.length, deadlineSeen: ctx.deadline };
    },
    Echo: (request: protobuf.Message) => request,
  };
}

describe('several peers on one connection over time', () => {
  it('a peer that closes lets go of the connection; a second live peer still gets every frame', async () => {
    const { b, client, server } = memoryPeers(cleanup);
    server.implement(Greeter, { sayHello: () => ({ message: 'first' }) });
    const stub = client.client(Greeter);
    expect((await stub.sayHello!({ name: 'x' })).message).toBe('first');
    // A second peer while the first is live listens through its own closures.
    const second = new RpcPeer(b).implement(Greeter, { sayHello: () => ({ message: 'second' }) });
    cleanup.push(() => second.close());
    await server.close();
    expect((await stub.sayHello!({ name: 'x' })).message).toBe('second');
    await second.close();
    // With both gone, a new peer takes the shared listeners again.
    const third = new RpcPeer(b).implement(Greeter, { sayHello: () => ({ message: 'third' }) });
    cleanup.push(() => third.close());
    expect((await stub.sayHello!({ name: 'x' })).message).toBe('third');
    expect(b.listenerCount('frame')).toBe(1);
    expect(b.listenerCount('close')).toBe(1);
  });
});

describe('RpcPeer over a memory pair', () => {
  it('calls a reflection service and returns the decoded response', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(Greeter, greeterHandlers());
    const stub = client.client(Greeter);
    const reply = (await stub.sayHello!({ name: 'ada' })) as protobuf.Message & {
      message: string;
      count: number;
    };
    expect(reply).toBeInstanceOf(HelloReply.ctor);
    expect(reply.message).toBe('hello ada');
    expect(reply.count).toBe(1);
    const echo = (await stub.echo!({ data: Buffer.from([1, 2, 3]) })) as protobuf.Message & {
      data: Uint8Array;
    };
    expect([...echo.data]).toEqual([1, 2, 3]);
    expect(client.stats.callsSucceeded).toBe(2);
    expect(server.stats.callsReceived).toBe(2);
  });

  it('is symmetric: both sides serve and call at once', async () => {
    const { client, server } = memoryPeers(cleanup);
    client.implement(Greeter, { sayHello: () => ({ message: 'from client' }) });
    server.implement(Greeter, { sayHello: () => ({ message: 'from server' }) });
    const [a, b] = await Promise.all([
      client.client(Greeter).sayHello!({ name: 'x' }),
      server.client(Greeter).sayHello!({ name: 'y' }),
    ]);
    expect((a as unknown as { message: string }).message).toBe('from server');
    expect((b as unknown as { message: string }).message).toBe('from client');
  });

  it("passes a handler's RpcError through with its status and message", async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(Greeter, greeterHandlers());
    const error = await client.client(Greeter).sayHello!({ name: 'eve', fail: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toBeInstanceOf(HeartwireError);
    expect((error as RpcError).code).toBe(ErrorCodes.RPC);
    expect((error as RpcError).status).toBe(RpcStatus.PERMISSION_DENIED);
    expect((error as RpcError).message).toBe('no hello for eve');
  });

  it('turns any other thrown error into INTERNAL without its message or stack', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(Greeter, {
      sayHello: () => {
        throw new TypeError('secret detail at /srv/app.js:12');
      },
    });
    const error = (await client.client(Greeter).sayHello!({ name: 'x' }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(isRpcError(error, RpcStatus.INTERNAL)).toBe(true);
    expect(error.message).not.toContain('secret');
    expect(String(error.stack)).not.toContain('/srv/app.js');
  });

  it('answers UNIMPLEMENTED for an unknown method', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(Greeter, { sayHello: () => ({}) });
    const error = (await client.client(Greeter).echo!({}).catch((e: unknown) => e)) as RpcError;
    expect(error.status).toBe(RpcStatus.UNIMPLEMENTED);
    expect(error.message).toContain('demo.v1.Greeter/Echo');
    expect(server.stats.unimplemented).toBe(1);
  });

  it('answers INVALID_ARGUMENT for a request payload that does not decode', async () => {
    const { client, server } = memoryPeers(cleanup);
    let ran = false;
    server.implement(Greeter, {
      sayHello: () => {
        ran = true;
        return {};
      },
    });
    // A method definition whose request encoder writes bytes that are not a HelloRequest.
    const sayHello = methodOf(Greeter, 'sayHello');
    const garbage = {
      ...sayHello,
      requestType: {
        // Field 1, length-delimited, with a length far past the end of the payload.
        encode: (_message: unknown, writer = protobuf.Writer.create()) =>
          writer.uint32(0x0a).uint32(0xffffff),
        decode: sayHello.requestType.decode,
      },
    } as unknown as typeof sayHello;
    const error = (await client.call(garbage, {}).catch((e: unknown) => e)) as RpcError;
    expect(error.status).toBe(RpcStatus.INVALID_ARGUMENT);
    expect(ran).toBe(false);
    expect(server.stats.invalidPayloads).toBe(1);
  });

  it('refuses handlers that match no method, at registration', () => {
    const { server } = memoryPeers(cleanup);
    expect(() => server.implement(Greeter, { sayGoodbye: () => ({}) })).toThrow(/matches no unary method/);
  });

  it('sends the deadline with the request, rejects with DEADLINE_EXCEEDED, and aborts the handler', async () => {
    const { client, server } = memoryPeers(cleanup);
    let seenDeadline = 0;
    let handlerSignal: AbortSignal | undefined;
    server.implement(Greeter, {
      sayHello: (_request, ctx) => {
        seenDeadline = ctx.deadline;
        handlerSignal = ctx.signal;
        return new Promise(() => {});
      },
    });
    const before = Date.now();
    const error = (await client.client(Greeter).sayHello!({ name: 'slow' }, { timeoutMs: 150 }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
    expect(Date.now() - before).toBeGreaterThanOrEqual(140);
    expect(seenDeadline).toBeGreaterThanOrEqual(before + 140);
    expect(seenDeadline).toBeLessThanOrEqual(Date.now() + 1000);
    await waitFor(() => handlerSignal?.aborted === true, 5000, 'handler signal aborted');
    expect(isRpcError(handlerSignal?.reason)).toBe(true);
  });

  it("fixes a handler's deadline in the run that received the request, also when it is read after an await", async () => {
    // Only Date is faked: the memory pair's microtasks and the caller's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_000_000);
      const { client, server } = memoryPeers(cleanup);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = false;
      server.implement(Greeter, {
        sayHello: async (_request, ctx) => {
          started = true;
          await gate;
          return { message: String(ctx.deadline) };
        },
        // Answers at once and reads its deadline in the same run.
        Echo: (_request: protobuf.Message, ctx) => ({ data: Buffer.from(String(ctx.deadline)) }),
      });
      const stub = client.client(Greeter);
      const reply = stub.sayHello!({ name: 'later' }, { timeoutMs: 60_000 });
      await waitFor(() => started, 5000, 'handler started');
      // The handler reads ctx.deadline only after this clock step: it must still see arrival + timeout.
      vi.setSystemTime(1_005_000);
      release();
      expect((await reply).message).toBe(String(1_000_000 + 60_000));
      const echoed = (await stub.echo!({}, { timeoutMs: 30_000 })) as unknown as { data: Buffer };
      expect(Buffer.from(echoed.data).toString()).toBe(String(1_005_000 + 30_000));
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the per-peer default deadline', async () => {
    const { client, server } = memoryPeers(cleanup, {}, { defaultTimeoutMs: 100 });
    server.implement(Greeter, { sayHello: () => new Promise(() => {}) });
    const error = (await client.client(Greeter).sayHello!({}).catch((e: unknown) => e)) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
  });

  it('rejects at once when the deadline already passed', async () => {
    const { client } = memoryPeers(cleanup);
    const error = (await client.client(Greeter).sayHello!({}, { deadline: Date.now() - 1 }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
    expect(client.stats.callsSent).toBe(0);
  });

  it('cancels through an AbortSignal: CANCEL reaches the handler, the call rejects CANCELLED', async () => {
    const { client, server } = memoryPeers(cleanup);
    let handlerSignal: AbortSignal | undefined;
    server.implement(Greeter, {
      sayHello: (_request, ctx) => {
        handlerSignal = ctx.signal;
        return new Promise(() => {});
      },
    });
    const controller = new AbortController();
    const call = client.client(Greeter).sayHello!({ name: 'x' }, { signal: controller.signal });
    await waitFor(() => handlerSignal !== undefined, 5000, 'handler started');
    controller.abort(new Error('user gave up'));
    const error = (await call.catch((e: unknown) => e)) as RpcError;
    expect(error.status).toBe(RpcStatus.CANCELLED);
    expect((error.cause as Error).message).toBe('user gave up');
    await waitFor(() => handlerSignal?.aborted === true, 5000, 'handler signal aborted');
    expect((handlerSignal!.reason as RpcError).status).toBe(RpcStatus.CANCELLED);
    expect(server.stats.cancelsReceived).toBe(1);
    expect(server.runningHandlers).toBe(1); // the handler never settles; its answer would be dropped
  });

  it('rejects a call whose signal is already aborted without sending it', async () => {
    const { client } = memoryPeers(cleanup);
    const error = (await client.client(Greeter).sayHello!({}, { signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.CANCELLED);
    expect(client.stats.callsSent).toBe(0);
  });

  it('rejects every pending call at once with UNAVAILABLE when the connection closes', async () => {
    const { a, client, server } = memoryPeers(cleanup);
    const signals: AbortSignal[] = [];
    server.implement(Greeter, {
      sayHello: (_r, ctx) => {
        signals.push(ctx.signal);
        return new Promise(() => {});
      },
    });
    const stub = client.client(Greeter);
    const calls = Array.from({ length: 50 }, (_, i) =>
      stub.sayHello!({ name: `n${i}` }).catch((e: unknown) => e),
    );
    await waitFor(() => signals.length === 50, 5000, 'all handlers running');
    const before = Date.now();
    await a.close('kicked-out', 'bye');
    const errors = (await Promise.all(calls)) as RpcError[];
    expect(Date.now() - before).toBeLessThan(1000); // none waited for its 30 s deadline
    for (const error of errors) {
      expect(error.status).toBe(RpcStatus.UNAVAILABLE);
      expect(error.message).toContain('kicked-out');
    }
    expect(client.pendingCalls).toBe(0);
    expect(client.isClosed).toBe(true);
    await waitFor(() => signals.every((s) => s.aborted), 5000, 'server handlers aborted');
    await server.closed;
    const late = (await stub.sayHello!({}).catch((e: unknown) => e)) as RpcError;
    expect(late.status).toBe(RpcStatus.UNAVAILABLE);
  });

  it('leaves no timer behind after calls complete, fail or are cut by close', async () => {
    const baseline = activeTimers();
    const { a, client, server } = memoryPeers(cleanup);
    server.implement(Greeter, greeterHandlers());
    const stub = client.client(Greeter);
    await Promise.all(Array.from({ length: 20 }, (_, i) => stub.sayHello!({ name: `n${i}` })));
    await stub.sayHello!({ fail: true }).catch(() => {});
    expect(activeTimers()).toBe(baseline);
    const hanging = stub.sayHello!({ name: 'slow', delayMs: 60_000 }).catch((e: unknown) => e);
    await settle();
    expect(activeTimers()).toBeGreaterThan(baseline);
    await a.close();
    expect(((await hanging) as RpcError).status).toBe(RpcStatus.UNAVAILABLE);
    // The handler's own 60 s sleep is the test's; the peer's timers are gone.
    expect(activeTimers()).toBeLessThanOrEqual(baseline + 1);
  });

  it('peer.close() is idempotent and fails pending calls with UNAVAILABLE', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(Greeter, { sayHello: () => new Promise(() => {}) });
    const call = client.client(Greeter).sayHello!({}).catch((e: unknown) => e);
    await settle();
    const first = client.close();
    const second = client.close();
    await Promise.all([first, second, client[Symbol.asyncDispose]()]);
    expect(((await call) as RpcError).status).toBe(RpcStatus.UNAVAILABLE);
    expect(client.connection.state).toBe('open');
  });

  it('refuses calls beyond maxConcurrentInbound with RESOURCE_EXHAUSTED', async () => {
    const { client, server } = memoryPeers(cleanup, {}, {}, { maxConcurrentInbound: 3 });
    const release: Array<() => void> = [];
    server.implement(Greeter, {
      sayHello: () => new Promise<object>((resolve) => release.push(() => resolve({ message: 'ok' }))),
    });
    const stub = client.client(Greeter);
    const calls = Array.from({ length: 5 }, () =>
      stub.sayHello!({}).then(
        () => 'ok',
        (e: RpcError) => e.status,
      ),
    );
    await waitFor(() => release.length === 3, 5000, 'three handlers running');
    await waitFor(() => server.stats.inboundRejected === 2, 5000, 'two refused');
    for (const r of release) r();
    expect((await Promise.all(calls)).sort()).toEqual([
      'RESOURCE_EXHAUSTED',
      'RESOURCE_EXHAUSTED',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('refuses calls beyond maxPendingOutbound with RESOURCE_EXHAUSTED, without sending', async () => {
    const { client, server } = memoryPeers(cleanup, {}, { maxPendingOutbound: 2 });
    server.implement(Greeter, { sayHello: () => new Promise(() => {}) });
    const stub = client.client(Greeter);
    const calls = [stub.sayHello!({}), stub.sayHello!({})].map((p) => p.catch((e: unknown) => e));
    const third = (await stub.sayHello!({}).catch((e: unknown) => e)) as RpcError;
    expect(third.status).toBe(RpcStatus.RESOURCE_EXHAUSTED);
    expect(client.stats.callsSent).toBe(2);
    await client.close();
    await Promise.all(calls);
  });

  it('delivers one-way notifications to the method handler, without an answer', async () => {
    const { client, server } = memoryPeers(cleanup);
    const seen: string[] = [];
    server.implement(Greeter, {
      sayHello: (request, ctx) => {
        seen.push(`${(request as Hello).name}:${ctx.kind}:${ctx.callId}`);
        return {};
      },
    });
    await client.notify(Greeter, 'sayHello', { name: 'n1' });
    await client.notify(Greeter, 'SayHello', { name: 'n2' });
    await waitFor(() => seen.length === 2, 5000, 'notifications');
    expect(seen).toEqual(['n1:notify:0', 'n2:notify:0']);
    expect(client.stats.notificationsSent).toBe(2);
    expect(server.stats.notificationsReceived).toBe(2);
    await settle();
    expect(client.stats.lateAnswers).toBe(0);
  });

  it('dispatches typed messages by protobuf type name; off() stops them; unhandled ones are counted', async () => {
    const { client, server } = memoryPeers(cleanup);
    const got: string[] = [];
    const handler = (message: protobuf.Message, ctx: CallContext) => {
      got.push(`${(message as unknown as { text: string }).text}@${ctx.method}`);
    };
    const off = server.on(ChatPush, handler);
    expect(client.send(ChatPush, { from: 'a', text: 'one' })).toBe(true);
    client.send(ChatPush, { from: 'a', text: 'two' });
    await waitFor(() => got.length === 2, 5000, 'messages');
    expect(got).toEqual(['one@demo.v1.ChatPush', 'two@demo.v1.ChatPush']);
    off();
    client.send(ChatPush, { text: 'three' });
    await waitFor(() => server.stats.unhandled === 1, 5000, 'unhandled counted');
    expect(got).toHaveLength(2);
  });

  it('counts a throwing message handler and keeps serving', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.on(ChatPush, () => {
      throw new Error('boom');
    });
    server.implement(Greeter, greeterHandlers());
    client.send(ChatPush, { text: 'x' });
    await waitFor(() => server.stats.handlerErrors === 1, 5000, 'handler error counted');
    await expect(client.client(Greeter).sayHello!({ name: 'still' })).resolves.toBeTruthy();
  });

  it('exposes the state bag to handlers and runs server interceptors around them', async () => {
    const { client, server } = memoryPeers<{ user?: string }>(cleanup);
    const order: string[] = [];
    const guarded = new RpcPeer<{ user?: string }>(server.connection, {
      serverInterceptors: [
        async (ctx, next) => {
          order.push(`outer ${ctx.method}`);
          try {
            return await next();
          } finally {
            order.push('outer done');
          }
        },
        (ctx, next) => {
          if (!ctx.state.user) throw new RpcError(RpcStatus.UNAUTHENTICATED, 'log in first');
          return next();
        },
      ],
    });
    await server.close(); // replace the default peer by the guarded one on the same connection
    cleanup.push(() => guarded.close());
    guarded.implement(Greeter, {
      sayHello: (_r, ctx) => ({ message: `hi ${ctx.state.user}` }),
    });
    const stub = client.client(Greeter);
    const refused = (await stub.sayHello!({}).catch((e: unknown) => e)) as RpcError;
    expect(refused.status).toBe(RpcStatus.UNAUTHENTICATED);
    guarded.state.user = 'ada';
    const reply = (await stub.sayHello!({})) as unknown as { message: string };
    expect(reply.message).toBe('hi ada');
    expect(order).toEqual([
      'outer demo.v1.Greeter/SayHello',
      'outer done',
      'outer demo.v1.Greeter/SayHello',
      'outer done',
    ]);
  });

  it('runs client interceptors around outbound calls; they can change options and see failures', async () => {
    const seen: string[] = [];
    const { client, server } = memoryPeers(
      cleanup,
      {},
      {
        clientInterceptors: [
          async (call, next) => {
            seen.push(`start ${call.kind} ${call.method}`);
            try {
              return await next({ ...call, options: { ...call.options, timeoutMs: 100 } });
            } catch (error) {
              seen.push(`failed ${(error as RpcError).status}`);
              throw error;
            }
          },
        ],
      },
    );
    server.implement(Greeter, { sayHello: () => new Promise(() => {}) });
    const error = (await client.client(Greeter).sayHello!({}).catch((e: unknown) => e)) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
    expect(seen).toEqual(['start call demo.v1.Greeter/SayHello', 'failed DEADLINE_EXCEEDED']);
  });

  it('send() and notify() on a closed peer fail with UNAVAILABLE', async () => {
    const { a, client } = memoryPeers(cleanup);
    await a.close();
    expect(() => client.send(ChatPush, { text: 'x' })).toThrow(
      expect.objectContaining({ status: RpcStatus.UNAVAILABLE }),
    );
    await expect(client.notify(Greeter, 'sayHello', {})).rejects.toMatchObject({
      status: RpcStatus.UNAVAILABLE,
    });
  });
});

describe('RpcPeer.closed', () => {
  it('resolves on close whether it was read before or after the close', async () => {
    const early = memoryPeers(cleanup);
    let resolved = false;
    void early.client.closed.then(() => {
      resolved = true;
    });
    await settle();
    expect(resolved).toBe(false);
    await early.client.close();
    await settle();
    expect(resolved).toBe(true);

    const late = memoryPeers(cleanup);
    await late.server.close();
    await expect(late.server.closed).resolves.toBeUndefined();
    expect(late.server.closed).toBe(late.server.closed);
  });

  it('a peer that never called or served still closes cleanly and reports zero work', async () => {
    const { client } = memoryPeers(cleanup);
    expect(client.pendingCalls).toBe(0);
    expect(client.runningHandlers).toBe(0);
    await client.close();
    expect(client.isClosed).toBe(true);
  });
});
