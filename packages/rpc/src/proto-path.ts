// Where the shipped envelope .proto lives, for tools that want to load or compile it themselves
// (src/ and dist/ both sit one level below the package root, next to proto/).

import { fileURLToPath } from 'node:url';

/** Absolute path of `proto/envelope.proto` in this package. */
export const envelopeProtoPath: string = fileURLToPath(new URL('../proto/envelope.proto', import.meta.url));
