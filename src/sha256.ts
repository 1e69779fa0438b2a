import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

/**
 * SHA-256 of a text, in hex. node:crypto is loaded on the first call, not at start-up: loading it
 * costs a pre-commit run more than linting one file, and most runs never hash anything.
 */
export function sha256Hex(text: string): string {
  crypto ??= process.getBuiltinModule('node:crypto') as typeof Crypto;
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
