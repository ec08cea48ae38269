// The Rapid engines' own session service, spoken over @heartwire/rpc on every connection: login,
// logout, relays between users, and the messages the server pushes (heartbeat settings, relayed
// messages). Defined here as .proto text and loaded by reflection, so the package needs no build step
// of its own for it; docs/PROTOCOL.md reproduces it.

import protobuf from 'protobufjs';

export const SESSION_PROTO = `
syntax = "proto3";
package heartwire.rapid.v1;

service Session {
  // The only method a connection may call before it has logged in.
  rpc Login (LoginRequest) returns (LoginReply);
  rpc Logout (Empty) returns (Empty);
  // Relays a typed message to every connection of another user.
  rpc SendToUser (RelayRequest) returns (Empty);
  // Relays a typed message to every other member of a group the caller belongs to.
  rpc SendToGroup (RelayRequest) returns (RelayReply);
}

message Empty {}

message LoginRequest {
  string user_id = 1;
  string password = 2;
  string device_type = 3;
  // The heartbeat span the client would like, in ms (0: the server's). Clamped, never refused.
  uint32 requested_heartbeat_ms = 4;
}

message LoginReply {
  bool ok = 1;
  // A DisconnectReason when refused (login-refused, new-connection-ignored, ...).
  string reason = 2;
  string message = 3;
  uint32 heartbeat_span_ms = 4;
  uint32 timeout_span_ms = 5;
}

// Pushed by the server when its heartbeat settings change at run time.
message Settings {
  uint32 heartbeat_span_ms = 1;
  uint32 timeout_span_ms = 2;
}

message RelayRequest {
  // SendToUser: the user; SendToGroup: the group.
  string target = 1;
  // Fully qualified protobuf type name of payload.
  string type_name = 2;
  bytes payload = 3;
}

message RelayReply {
  uint32 delivered = 1;
}

// A message from another user, delivered by the server.
message Relayed {
  string from_user_id = 1;
  // Set when it was sent to a group.
  string group_id = 2;
  string type_name = 3;
  bytes payload = 4;
}
`;

const root = protobuf.parse(SESSION_PROTO, { keepCase: false }).root;

export const SessionService = root.lookupService('heartwire.rapid.v1.Session');
export const SettingsType = root.lookupType('heartwire.rapid.v1.Settings');
export const RelayedType = root.lookupType('heartwire.rapid.v1.Relayed');

export interface LoginRequest {
  userId: string;
  password: string;
  deviceType: string;
  requestedHeartbeatMs: number;
}

export interface LoginReply {
  ok: boolean;
  reason: string;
  message: string;
  heartbeatSpanMs: number;
  timeoutSpanMs: number;
}

export interface SettingsMessage {
  heartbeatSpanMs: number;
  timeoutSpanMs: number;
}

export interface RelayRequest {
  target: string;
  typeName: string;
  payload: Uint8Array;
}

export interface RelayedMessage {
  fromUserId: string;
  groupId: string;
  typeName: string;
  payload: Uint8Array;
}
