// @heartwire/rpc: request/response, notifications and typed messages on protobufjs over any
// heartwire Connection, with deadlines, cancellation, status codes, bounds, interceptors, and
// exactly-once calls on datagram links.

export { callIdBefore, nextCallId } from './call-id.js';
export type { CallContext, InboundKind } from './context.js';
export {
  DecodedEnvelope,
  decodeEnvelope,
  decodeEnvelopes,
  type Envelope,
  EnvelopeFeature,
  type EnvelopeInit,
  EnvelopeKind,
  encodeBatch,
  encodeEnvelope,
  envelopeDescriptor,
  envelopeRoot,
  MalformedEnvelope,
  type Salvaged,
} from './envelope.js';
export { isRpcError, RpcError } from './errors.js';
export type { ClientInterceptor, OutboundCall, ServerInterceptor } from './interceptors.js';
export { type MessageType, type NamedMessageType, typeNameOf } from './message-type.js';
export {
  LOOPBACK_BATCH_BYTES,
  PATH_BATCH_BYTES,
  type RetransmitOptions,
  type RpcPeerOptions,
} from './options.js';
export { type MessageHandler, RpcPeer } from './peer.js';
export { envelopeProtoPath } from './proto-path.js';
export {
  type CallOptions,
  type Handler,
  type MethodDefinition,
  type MethodKeys,
  methodOf,
  methodsOf,
  type ReflectedMessage,
  type ReflectionClient,
  type ReflectionHandlers,
  type RequestOf,
  type ResponseInit,
  type ResponseOf,
  type ServiceClient,
  type ServiceConstructor,
  type ServiceHandlers,
} from './service.js';
export type { RpcStats } from './stats.js';
export { isRpcStatus, RpcStatus, RpcStatusCode, statusFromCode } from './status.js';
