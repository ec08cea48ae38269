// The RPC envelope (proto/envelope.proto) as protobufjs reflection built from a JSON descriptor:
// no .proto parsing or file access at run time, and protobufjs still generates its specialised
// encoder and decoder on first use. test/envelope.test.ts proves the descriptor equals the .proto.

import protobuf from 'protobufjs';

/** `root.toJSON()` of proto/envelope.proto. */
export const envelopeDescriptor = {
  nested: {
    heartwire: {
      nested: {
        rpc: {
          nested: {
            v1: {
              nested: {
                Kind: {
                  values: {
                    KIND_UNSPECIFIED: 0,
                    REQUEST: 1,
                    RESPONSE: 2,
                    ERROR: 3,
                    NOTIFY: 4,
                    CANCEL: 5,
                    MESSAGE: 6,
                  },
                },
                Envelope: {
                  fields: {
                    kind: { type: 'Kind', id: 1 },
                    id: { type: 'uint32', id: 2 },
                    method: { type: 'string', id: 3 },
                    payload: { type: 'bytes', id: 4 },
                    timeoutMs: { type: 'uint32', id: 5, protoName: 'timeout_ms' },
                    status: { type: 'uint32', id: 6 },
                    message: { type: 'string', id: 7 },
                    ackBelow: { type: 'uint32', id: 8, protoName: 'ack_below' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const EnvelopeKind = {
  REQUEST: 1,
  RESPONSE: 2,
  ERROR: 3,
  NOTIFY: 4,
  CANCEL: 5,
  MESSAGE: 6,
} as const;
export type EnvelopeKind = (typeof EnvelopeKind)[keyof typeof EnvelopeKind];

/** A decoded envelope. Absent fields read as their proto3 defaults. */
export interface Envelope {
  readonly kind: EnvelopeKind;
  readonly id: number;
  readonly method: string;
  readonly payload: Uint8Array;
  readonly timeoutMs: number;
  readonly status: number;
  readonly message: string;
  readonly ackBelow: number;
}

/** The fields to encode; omitted ones are not written. */
export type EnvelopeInit = { readonly kind: EnvelopeKind } & Partial<Omit<Envelope, 'kind'>>;

export const envelopeRoot: protobuf.Root = protobuf.Root.fromJSON(envelopeDescriptor);
const EnvelopeType = envelopeRoot.lookupType('heartwire.rpc.v1.Envelope');

export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  return EnvelopeType.encode(envelope).finish();
}

/**
 * Decodes and validates one envelope. Never throws: bytes that are not a valid envelope give an
 * Error whose `salvaged` field holds the kind and call id read before the damage, if any.
 */
export function decodeEnvelope(bytes: Uint8Array): Envelope | MalformedEnvelope {
  let decoded: Envelope;
  try {
    decoded = EnvelopeType.decode(bytes) as unknown as Envelope;
  } catch (error) {
    return new MalformedEnvelope(`envelope does not decode: ${(error as Error).message}`, salvage(bytes));
  }
  const problem = validate(decoded);
  if (problem) return new MalformedEnvelope(problem, { kind: decoded.kind, id: decoded.id });
  return decoded;
}

export interface Salvaged {
  readonly kind: number;
  readonly id: number;
}

export class MalformedEnvelope extends Error {
  constructor(
    message: string,
    readonly salvaged: Salvaged,
  ) {
    super(message);
    this.name = 'MalformedEnvelope';
  }
}

function validate(e: Envelope): string | undefined {
  switch (e.kind) {
    case EnvelopeKind.REQUEST:
      if (e.id === 0) return 'request without a call id';
      if (e.method === '') return 'request without a method';
      return undefined;
    case EnvelopeKind.RESPONSE:
    case EnvelopeKind.ERROR:
    case EnvelopeKind.CANCEL:
      return e.id === 0 ? 'envelope without a call id' : undefined;
    case EnvelopeKind.NOTIFY:
    case EnvelopeKind.MESSAGE:
      return e.method === '' ? 'one-way envelope without a method or type name' : undefined;
    default:
      return `unknown envelope kind ${String(e.kind)}`;
  }
}

/** Reads the kind (field 1) and id (field 2) of a damaged envelope, up to the first bad byte. */
function salvage(bytes: Uint8Array): Salvaged {
  let kind = 0;
  let id = 0;
  const reader = protobuf.Reader.create(bytes);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === 1 && wireType === 0) kind = reader.uint32();
      else if (field === 2 && wireType === 0) id = reader.uint32();
      else reader.skipType(wireType);
    }
  } catch {
    // The damage starts here; keep what was read before it.
  }
  return { kind, id };
}
