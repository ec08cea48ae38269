// @heartwire/protocol: the wire format and the contracts shared by every heartwire package.
// Pure: no sockets, no timers. See docs/PROTOCOL.md for the byte layout.

export {
  type CloseInfo,
  type Connection,
  type ConnectionEvents,
  ConnectionState,
  emitFrame,
  type TransportKind,
} from './connection.js';
export { type DecodeResult, FrameDecoder, type FrameDecoderOptions } from './decoder.js';
export {
  ConfigError,
  ConnectionClosedError,
  type ErrorCode,
  ErrorCodes,
  HeartwireError,
  ProtocolError,
} from './errors.js';
export {
  checkDatagram,
  DATAGRAM_HEADER_BYTES,
  type Datagram,
  DEFAULT_MAX_FRAME_BYTES,
  datagramHasToken,
  datagramTokenHash,
  decodeDatagram,
  encodeDatagram,
  encodeFrame,
  encodeFrameHeader,
  type Frame,
  MAX_UDP_DATAGRAM_BYTES,
  SESSION_TOKEN_BYTES,
  STREAM_HEADER_BYTES,
  sessionTokenHash,
} from './frame.js';
export { FrameKind, frameKindName, isDatagramFrameKind, isStreamFrameKind } from './frame-kinds.js';
export {
  type ClosePayload,
  decodeClose,
  decodePing,
  decodePong,
  encodeClose,
  encodePing,
  encodePong,
  MAX_CLOSE_TEXT_BYTES,
} from './payloads.js';
export { CloseCode, DisconnectReason, isDisconnectReason, reasonFromCloseCode } from './reasons.js';
