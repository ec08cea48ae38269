import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  EnvelopeKind,
  encodeEnvelope,
  envelopeDescriptor,
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

  it('the package ships the .proto', () => {
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
