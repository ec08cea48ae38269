import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { encodeMessageEnvelope, nameBytes } from '../src/envelope.js';
import {
  decodeEnvelope,
  decodeEnvelopes,
  EnvelopeKind,
  encodeBatch,
  encodeEnvelope,
  envelopeDescriptor,
  envelopeProtoPath,
  MalformedEnvelope,
  RpcStatus,
  RpcStatusCode,
  statusFromCode,
} from '../src/index.js';

const protoPath = join(import.meta.dirname, '..', 'proto', 'envelope.proto');

describe('envelope', () => {
  it('the built-in descriptor is exactly proto/envelope.proto', () => {
    const parsed = protobuf.parse(readFileSync(protoPath, 'utf8'), { keepCase: false }).root;
    expect(JSON.parse(JSON.stringify(parsed.toJSON()))).toEqual(
      JSON.parse(JSON.stringify(envelopeDescriptor)),
    );
  });

  it('the package ships the .proto and says where it is', () => {
    expect(envelopeProtoPath).toBe(protoPath);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      files: string[];
    };
    expect(pkg.files).toContain('proto');
  });

  it('round-trips every field, and is readable by the .proto loaded by reflection', () => {
    const bytes = encodeEnvelope({
      kind: EnvelopeKind.REQUEST,
      id: 0xffff_fffe,
      method: 'demo.v1.Greeter/SayHello',
      payload: new Uint8Array([1, 2, 3]),
      timeoutMs: 30_000,
      ackBelow: 7,
    });
    const decoded = decodeEnvelope(bytes);
    expect(decoded).not.toBeInstanceOf(MalformedEnvelope);
    expect(decoded).toMatchObject({
      kind: 1,
      id: 0xffff_fffe,
      method: 'demo.v1.Greeter/SayHello',
      timeoutMs: 30_000,
    });
    const viaProto = protobuf
      .loadSync(protoPath)
      .lookupType('heartwire.rpc.v1.Envelope')
      .decode(bytes)
      .toJSON();
    expect(viaProto).toMatchObject({ kind: 'REQUEST', id: 0xffff_fffe, ackBelow: 7, payload: 'AQID' });
    const error = decodeEnvelope(
      encodeEnvelope({
        kind: EnvelopeKind.ERROR,
        id: 3,
        status: RpcStatusCode.UNAUTHENTICATED,
        message: 'who?',
      }),
    );
    expect(error).toMatchObject({ kind: 3, id: 3, status: 16, message: 'who?' });
  });

  it('gives a MalformedEnvelope, never a throw, and salvages the id of a damaged request', () => {
    const good = encodeEnvelope({
      kind: EnvelopeKind.REQUEST,
      id: 42,
      method: 'a.B/C',
      payload: new Uint8Array(10),
    });
    const damaged = decodeEnvelope(good.subarray(0, good.byteLength - 3));
    expect(damaged).toBeInstanceOf(MalformedEnvelope);
    expect((damaged as MalformedEnvelope).salvaged).toEqual({ kind: EnvelopeKind.REQUEST, id: 42 });
    expect(decodeEnvelope(new Uint8Array([0xff, 0xff, 0xff]))).toBeInstanceOf(MalformedEnvelope);
  });

  it.each([
    [{ kind: 9 as EnvelopeKind, id: 1 }, /unknown envelope kind/],
    [{ kind: EnvelopeKind.REQUEST, id: 0, method: 'a.B/C' }, /without a call id/],
    [{ kind: EnvelopeKind.REQUEST, id: 1 }, /without a method/],
    [{ kind: EnvelopeKind.RESPONSE }, /without a call id/],
    [{ kind: EnvelopeKind.MESSAGE }, /without a method or type name/],
  ])('rejects an invalid envelope %j', (init, message) => {
    const result = decodeEnvelope(encodeEnvelope(init));
    expect(result).toBeInstanceOf(MalformedEnvelope);
    expect((result as MalformedEnvelope).message).toMatch(message);
  });

  it('maps status numbers both ways; unknown numbers read as UNKNOWN', () => {
    for (const [status, code] of Object.entries(RpcStatusCode)) expect(statusFromCode(code)).toBe(status);
    expect(statusFromCode(99)).toBe(RpcStatus.UNKNOWN);
  });
});

describe('envelope codec against protobufjs reflection of the .proto', () => {
  const Reflected = protobuf.loadSync(protoPath).lookupType('heartwire.rpc.v1.Envelope');
  const u32 = fc.nat({ max: 0xffff_ffff });
  const fields = fc.record(
    {
      kind: fc.integer({ min: 1, max: 6 }),
      id: u32,
      method: fc.string({ unit: 'grapheme', maxLength: 40 }),
      payload: fc.uint8Array({ maxLength: 300 }),
      timeoutMs: u32,
      status: u32,
      message: fc.string({ unit: 'grapheme', maxLength: 40 }),
      ackBelow: u32,
      features: u32,
    },
    { requiredKeys: ['kind'] },
  );
  type Fields = {
    kind: number;
    id?: number;
    method?: string;
    payload?: Uint8Array;
    timeoutMs?: number;
    status?: number;
    message?: string;
    ackBelow?: number;
    features?: number;
  };
  const normal = (e: Fields) => ({
    kind: e.kind,
    id: e.id ?? 0,
    method: e.method ?? '',
    payload: [...(e.payload ?? [])],
    timeoutMs: e.timeoutMs ?? 0,
    status: e.status ?? 0,
    message: e.message ?? '',
    ackBelow: e.ackBelow ?? 0,
    features: e.features ?? 0,
  });
  const fromReflection = (bytes: Uint8Array) => {
    const m = Reflected.toObject(Reflected.decode(bytes), { defaults: true, enums: Number }) as Fields;
    return normal(m);
  };
  const fromCodec = (bytes: Uint8Array) => {
    const e = decodeEnvelope(bytes);
    if (e instanceof MalformedEnvelope) {
      // Only invalid combinations (validated after decoding) may be refused.
      expect(e.message).toMatch(/without/);
      return undefined;
    }
    return normal({ ...e, payload: e.payload });
  };

  it('reflection reads what the codec writes', () => {
    fc.assert(
      fc.property(fields, (e) => {
        expect(fromReflection(encodeEnvelope(e as Parameters<typeof encodeEnvelope>[0]))).toEqual(normal(e));
      }),
      { numRuns: 500 },
    );
  });

  it('the codec reads what reflection writes', () => {
    fc.assert(
      fc.property(fields, (e) => {
        const decoded = fromCodec(Reflected.encode(Reflected.fromObject(e)).finish());
        if (decoded) expect(decoded).toEqual(normal(e));
      }),
      { numRuns: 500 },
    );
  });

  it('the codec skips unknown fields of every wire type, as protobuf requires', () => {
    const known = encodeEnvelope({ kind: EnvelopeKind.CANCEL, id: 9 });
    const unknown = Buffer.from([
      0x68, 0x01, 0x71, 1, 2, 3, 4, 5, 6, 7, 8, 0x5a, 0x02, 0xaa, 0xbb, 0x65, 1, 2, 3, 4, 0xa0, 0x01, 0x05,
    ]);
    const e = decodeEnvelope(Buffer.concat([unknown, known]));
    expect(e).toMatchObject({ kind: EnvelopeKind.CANCEL, id: 9 });
  });

  const batches = fc.array(fields, { minLength: 1, maxLength: 12 });
  type Batch = { kind: number; batch?: Fields[] };

  it('reflection reads the batches the codec writes, entries in order', () => {
    fc.assert(
      fc.property(batches, (list) => {
        const bytes = encodeBatch(list.map((e) => encodeEnvelope(e as Parameters<typeof encodeEnvelope>[0])));
        const m = Reflected.toObject(Reflected.decode(bytes), { defaults: true, enums: Number }) as Batch;
        expect(m.kind).toBe(EnvelopeKind.BATCH);
        expect((m.batch ?? []).map(normal)).toEqual(list.map(normal));
      }),
      { numRuns: 200 },
    );
  });

  it('the codec reads the batches reflection writes, entries in order', () => {
    fc.assert(
      fc.property(batches, (list) => {
        const bytes = Reflected.encode(
          Reflected.fromObject({ kind: EnvelopeKind.BATCH, batch: list }),
        ).finish();
        const entries = decodeEnvelopes(bytes);
        expect(entries).toHaveLength(list.length);
        entries.forEach((entry, i) => {
          if (entry instanceof MalformedEnvelope) expect(entry.message).toMatch(/without/);
          else expect(normal({ ...entry, payload: entry.payload })).toEqual(normal(list[i]!));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('batches', () => {
  const request = encodeEnvelope({
    kind: EnvelopeKind.REQUEST,
    id: 7,
    method: 'a.B/C',
    payload: Buffer.from('hi'),
  });
  const cancel = encodeEnvelope({ kind: EnvelopeKind.CANCEL, id: 8 });

  it('decodeEnvelopes gives the one envelope of a frame that is no batch', () => {
    const [only, ...rest] = decodeEnvelopes(cancel);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: EnvelopeKind.CANCEL, id: 8 });
  });

  it('keeps each entry to its own bytes', () => {
    const entries = decodeEnvelopes(encodeBatch([request, cancel, request]));
    expect(entries.map((e) => (e instanceof MalformedEnvelope ? e.message : e.kind))).toEqual([
      EnvelopeKind.REQUEST,
      EnvelopeKind.CANCEL,
      EnvelopeKind.REQUEST,
    ]);
    const first = entries[0] as Exclude<(typeof entries)[0], MalformedEnvelope>;
    expect(Buffer.from(first.payload).toString()).toBe('hi');
    expect(first).toMatchObject({ id: 7, method: 'a.B/C' });
  });

  it('a damaged entry is malformed on its own; the others still read', () => {
    const bytes = encodeBatch([request, Buffer.from([0xff, 0xff]), encodeBatch([cancel]), cancel]);
    const entries = decodeEnvelopes(bytes);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ kind: EnvelopeKind.REQUEST, id: 7 });
    expect((entries[1] as MalformedEnvelope).message).toMatch(/truncated/);
    expect((entries[2] as MalformedEnvelope).message).toBe('batch inside a batch');
    expect(entries[3]).toMatchObject({ kind: EnvelopeKind.CANCEL, id: 8 });
  });

  it('reads every entry exactly as it reads the same bytes alone (fast-check)', () => {
    const valid = fc
      .record({
        kind: fc.integer({ min: 1, max: 7 }),
        id: fc.nat({ max: 0xffff_ffff }),
        method: fc.constantFrom('', 'a.B/C'),
        payload: fc.uint8Array({ maxLength: 20 }),
      })
      .map((e) => encodeEnvelope(e as Parameters<typeof encodeEnvelope>[0]));
    const entry = fc.oneof(fc.uint8Array({ maxLength: 24 }), valid);
    const view = (e: ReturnType<typeof decodeEnvelope>) =>
      e instanceof MalformedEnvelope
        ? { malformed: e.message, salvaged: e.salvaged }
        : { kind: e.kind, id: e.id, method: e.method, payload: [...e.payload], ackBelow: e.ackBelow };
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), (list) => {
        const entries = decodeEnvelopes(encodeBatch(list));
        expect(entries).toHaveLength(list.length);
        entries.forEach((decoded, i) => {
          const alone = decodeEnvelope(list[i]!);
          const aloneIsBatch =
            alone instanceof MalformedEnvelope
              ? alone.message === 'batch without envelopes'
              : alone.kind === EnvelopeKind.BATCH;
          if (aloneIsBatch) {
            expect((decoded as MalformedEnvelope).message).toBe('batch inside a batch');
          } else {
            expect(view(decoded)).toEqual(view(alone));
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a batch cut short, or without entries, is one malformed envelope', () => {
    const bytes = encodeBatch([request, cancel]);
    const cut = decodeEnvelopes(bytes.subarray(0, bytes.length - 1));
    expect(cut).toHaveLength(1);
    expect((cut[0] as MalformedEnvelope).message).toMatch(/runs past the end/);
    const empty = decodeEnvelopes(encodeBatch([]));
    expect((empty[0] as MalformedEnvelope).message).toBe('batch without envelopes');
  });
});

describe('encoding a payload straight from a protobufjs Writer', () => {
  const root = protobuf.loadSync(join(import.meta.dirname, 'fixtures', 'greeter.proto'));
  const Hello = root.lookupType('demo.v1.HelloRequest');
  const Echo = root.lookupType('demo.v1.Echo');

  it('gives the same bytes as encoding the finished payload', () => {
    fc.assert(
      fc.property(
        fc.record({ name: fc.string({ maxLength: 200 }), delayMs: fc.nat(), fail: fc.boolean() }),
        fc.uint8Array({ maxLength: 3000 }),
        fc.nat({ max: 0xffff_ffff }),
        (hello, data, id) => {
          for (const [type, message] of [
            [Hello, hello],
            [Echo, { data }],
            [Echo, {}],
          ] as const) {
            const viaWriter = encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id }, type.encode(message));
            const viaBytes = encodeEnvelope({
              kind: EnvelopeKind.RESPONSE,
              id,
              payload: type.encode(message).finish(),
            });
            expect(Buffer.compare(viaWriter, viaBytes)).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('encodeMessageEnvelope (one pass, shared writer)', () => {
  const root = protobuf.loadSync(join(import.meta.dirname, 'fixtures', 'greeter.proto'));
  const Hello = root.lookupType('demo.v1.HelloRequest');
  const Echo = root.lookupType('demo.v1.Echo');

  it('writes the same bytes as encodeEnvelope with the finished payload', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(EnvelopeKind)),
        fc.nat({ max: 0xffff_ffff }),
        fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
        fc.nat({ max: 0xffff_ffff }),
        fc.nat({ max: 0xffff_ffff }),
        fc.uint8Array({ maxLength: 3000 }),
        (kind, id, name, timeoutMs, ackBelow, data) => {
          const message = data.byteLength % 3 === 0 ? {} : { data };
          const bytes = encodeMessageEnvelope(
            kind,
            id,
            name ? nameBytes(name) : undefined,
            timeoutMs,
            ackBelow,
            Echo,
            message,
          );
          const expected = encodeEnvelope({
            kind,
            id,
            ...(name ? { method: name } : {}),
            timeoutMs,
            ackBelow,
            payload: Echo.encode(message).finish(),
          });
          expect(Buffer.compare(bytes, expected)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each envelope keeps its bytes while later ones are encoded (slab regions are never reused)', () => {
    // Sizes around and past the slab's room, so that envelopes span slab changes and the
    // fallback for payloads that outgrow it.
    const sizes = [0, 1, 60, 127, 128, 500, 3000, 7000, 9000, 20_000];
    const kept: { bytes: Uint8Array; expected: Buffer }[] = [];
    for (let i = 0; i < 400; i++) {
      const data = Buffer.alloc(sizes[i % sizes.length]!, i & 0xff);
      const message = data.byteLength === 0 ? {} : { data };
      const name = i % 2 === 0 ? nameBytes(`pkg.Svc/M${i % 7}`) : undefined;
      const bytes = encodeMessageEnvelope(EnvelopeKind.REQUEST, i + 1, name, i * 1000, i, Echo, message);
      const expected = encodeEnvelope({
        kind: EnvelopeKind.REQUEST,
        id: i + 1,
        ...(name ? { method: `pkg.Svc/M${i % 7}` } : {}),
        timeoutMs: i * 1000,
        ackBelow: i,
        payload: Echo.encode(message).finish(),
      });
      kept.push({ bytes, expected: Buffer.from(expected) });
    }
    for (const { bytes, expected } of kept) expect(Buffer.compare(bytes, expected)).toBe(0);
  });

  it('takes the payload from the writer an encoder returns when it ignored the one given', () => {
    const ignoring = {
      encode(message: never): protobuf.Writer {
        return Hello.encode(message);
      },
    };
    const bytes = encodeMessageEnvelope(EnvelopeKind.RESPONSE, 4, undefined, 0, 0, ignoring, { name: 'own' });
    expect(bytes).toEqual(
      encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id: 4, payload: Hello.encode({ name: 'own' }).finish() }),
    );
  });

  it('a throwing encoder leaves nothing behind for the next envelope', () => {
    const throwing = {
      encode(_message: never, writer?: protobuf.Writer): protobuf.Writer {
        writer?.uint32(0x0a).uint32(5).fork().uint32(7);
        throw new Error('boom');
      },
    };
    expect(() => encodeMessageEnvelope(EnvelopeKind.RESPONSE, 7, undefined, 0, 0, throwing, {})).toThrow(
      'boom',
    );
    const after = encodeMessageEnvelope(EnvelopeKind.RESPONSE, 8, undefined, 0, 0, Hello, { name: 'x' });
    // Envelopes are Uint8Array views of the slab: compare their bytes with the Buffer expected.
    expect(Buffer.from(after)).toEqual(
      encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id: 8, payload: Hello.encode({ name: 'x' }).finish() }),
    );
  });

  it('an encoder that encodes another envelope inside does not corrupt either', () => {
    let inner: Uint8Array | undefined;
    const nesting = {
      encode(message: never, writer?: protobuf.Writer): protobuf.Writer {
        inner = encodeMessageEnvelope(EnvelopeKind.MESSAGE, 0, nameBytes('a.B'), 0, 0, Hello, { name: 'in' });
        return Hello.encode(message, writer);
      },
    };
    const outer = encodeMessageEnvelope(EnvelopeKind.RESPONSE, 3, undefined, 0, 0, nesting, { name: 'out' });
    expect(Buffer.from(outer)).toEqual(
      encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id: 3, payload: Hello.encode({ name: 'out' }).finish() }),
    );
    expect(Buffer.from(inner!)).toEqual(
      encodeEnvelope({
        kind: EnvelopeKind.MESSAGE,
        method: 'a.B',
        payload: Hello.encode({ name: 'in' }).finish(),
      }),
    );
  });
});

describe('decoded method names', () => {
  it('are always the names sent, however many distinct names share the cache', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 600 }),
        (names) => {
          for (const name of [...names, ...names]) {
            const decoded = decodeEnvelope(encodeEnvelope({ kind: EnvelopeKind.NOTIFY, method: name }));
            expect(decoded).not.toBeInstanceOf(MalformedEnvelope);
            expect((decoded as { method: string }).method).toBe(name);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('encoded method names', () => {
  it('are always the bytes of the name asked for, in any order of asking (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 50 }), (names) => {
        // Each name asked twice in a row, then all again: the last-asked shortcut and the Map.
        for (const name of [...names.flatMap((n) => [n, n]), ...names]) {
          expect(nameBytes(name).toString('utf8')).toBe(name);
        }
      }),
      { numRuns: 50 },
    );
  });
});
