import { type Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// Algorithm.Argon2id is an ambient const enum, so its value (2) is written out here.
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, options);
}

/** Verifies against a stored hash; a missing hash still costs one hash so timing reveals nothing. */
export async function verifyPassword(stored: string | null, plain: string): Promise<boolean> {
  if (!stored) {
    await hash(plain, options);
    return false;
  }
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}
