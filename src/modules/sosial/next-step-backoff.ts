/** A doubling wait: `firstSec` after the first failure, twice as long after each further one, never above `maxSec`. */
export type Backoff = { firstSec: number; maxSec: number };

/**
 * Publishing a post that failed on the platform's side: a step that fails again and again waits
 * for a platform outage to pass (30 s, 60 s … an hour), and the row stops after `maxTries` anyway.
 */
export const publishBackoff: Backoff = { firstSec: 30, maxSec: 3600 };

/**
 * Deleting a post a person asked to delete: sooner (5 s, 10 s … ten minutes), since a person is
 * waiting to see it gone and a repeated delete is harmless.
 */
export const deleteBackoff: Backoff = { firstSec: 5, maxSec: 600 };

/** Seconds to wait after a failure the platform named no wait for; `earlierFailures` counts the failures before this one. */
export const backoffSec = (schedule: Backoff, earlierFailures: number) => Math.min(schedule.maxSec, schedule.firstSec * 2 ** Math.max(0, earlierFailures));
