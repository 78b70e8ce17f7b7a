import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { randomToken } from '../../lib/crypto.ts';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// Algorithm.Argon2id is an ambient const enum, so its value (2) is written out here.
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, options);
}

// A hash of nothing anyone knows, made once, to verify against when there is no account (or no
// password yet): the same argon2 verification runs, so the answer's timing tells nothing.
let dummyHash: Promise<string> | undefined;

/** Verifies against a stored hash; a missing hash is verified against the dummy one and fails. */
export async function verifyPassword(stored: string | null, plain: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hash(randomToken(), options);
    await verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}
