// Static code from protobufjs-cli (test/generated, from test/fixtures/greeter.proto): the typed
// stub and typed handlers work at run time, and the committed output matches the .proto.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type CallContext, methodsOf, RpcError, RpcStatus } from '../src/index.js';
import { demo } from './generated/greeter.js';
import { type Cleanup, memoryPeers, runCleanup, waitFor } from './helpers.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

describe('generated static code', () => {
  it('is up to date with test/fixtures/*.proto', () => {
    const script = join(import.meta.dirname, '..', '..', '..', 'scripts', 'protobuf-codegen.mjs');
    const out = execFileSync(process.execPath, [script, 'test/fixtures', 'test/generated', '--check'], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  }, 60_000);

  it('reads paths and message classes from a generated service class', () => {
    const methods = methodsOf(demo.v1.Greeter);
    expect(methods.map((m) => [m.key, m.name, m.path])).toEqual([
      ['sayHello', 'SayHello', 'demo.v1.Greeter/SayHello'],
      ['echo', 'Echo', 'demo.v1.Greeter/Echo'],
    ]);
    expect(methods[0]?.requestType).toBe(demo.v1.HelloRequest);
    expect(methods[0]?.responseType).toBe(demo.v1.HelloReply);
  });

  it('serves and calls through typed stubs and handlers', async () => {
    const { client, server } = memoryPeers(cleanup);
    server.implement(demo.v1.Greeter, {
      sayHello: (request, ctx) => {
        expectTypeOf(request).toEqualTypeOf<demo.v1.IHelloRequest>();
        expectTypeOf(ctx).toEqualTypeOf<CallContext<Record<string, unknown>>>();
        if (request.fail) throw new RpcError(RpcStatus.PERMISSION_DENIED, 'no');
        return { message: `hello ${request.name}`, count: 7 };
      },
      echo: (request) => demo.v1.Echo.create({ data: request.data ?? new Uint8Array(0) }),
    });
    const greeter = client.client(demo.v1.Greeter);
    const reply = await greeter.sayHello({ name: 'ada' }, { timeoutMs: 5000 });
    expectTypeOf(reply).toEqualTypeOf<demo.v1.HelloReply>();
    expect(reply).toBeInstanceOf(demo.v1.HelloReply);
    expect(reply.message).toBe('hello ada');
    expect(reply.count).toBe(7);
    const echo = await greeter.echo({ data: new Uint8Array([9, 8]) });
    expect([...echo.data]).toEqual([9, 8]);
    await expect(greeter.sayHello({ fail: true })).rejects.toMatchObject({
      status: RpcStatus.PERMISSION_DENIED,
    });
  });

  it('sends typed messages and notifications with generated classes', async () => {
    const { client, server } = memoryPeers(cleanup);
    const pushes: demo.v1.ChatPush[] = [];
    server.on(demo.v1.ChatPush, (push) => {
      expectTypeOf(push).toExtend<demo.v1.ChatPush>();
      pushes.push(push);
    });
    const names: string[] = [];
    server.implement(demo.v1.Greeter, {
      sayHello: (request) => {
        names.push(request.name ?? '');
        return {};
      },
      echo: (request) => request,
    });
    client.send(demo.v1.ChatPush, { from: 'a', text: 'hi' });
    await client.notify(demo.v1.Greeter, 'sayHello', { name: 'n' });
    await waitFor(() => pushes.length === 1 && names.length === 1, 5000, 'push and notification');
    expect(pushes[0]).toBeInstanceOf(demo.v1.ChatPush);
    expect(pushes[0]?.text).toBe('hi');
    expect(names).toEqual(['n']);
  });
});
