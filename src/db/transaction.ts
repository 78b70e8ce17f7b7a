import type { Db, Tx } from './types.ts';

export type AfterCommit = (effect: () => Promise<unknown>) => void;

/**
 * Runs work in one transaction and, only once it has committed, the effects it registered
 * (queueing a job, sending a mail). On PGlite a query outside the transaction would wait for it,
 * so such effects must never run inside.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<T> {
  const effects: Array<() => Promise<unknown>> = [];
  const result = await db.transaction((tx) => work(tx, (effect) => effects.push(effect)));
  for (const effect of effects) await effect();
  return result;
}
