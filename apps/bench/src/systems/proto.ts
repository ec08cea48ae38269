// The echo service definition shared by the grpc-js and heartwire adapters: one .proto, loaded by
// @grpc/proto-loader for grpc-js and by protobufjs reflection for heartwire.

import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export const ECHO_PROTO = fileURLToPath(new URL('../../proto/echo.proto', import.meta.url));

let root: protobuf.Root | undefined;

/** The `bench.Echo` service as a protobufjs reflection object (loaded once). */
export function echoService(): protobuf.Service {
  root ??= protobuf.loadSync(ECHO_PROTO);
  return root.lookupService('bench.Echo');
}
