import type { LocalDate } from './local-date.ts';

/** What changed in the calendar: the dates, and whose calendar (null = national, every tenant). */
export type CalendarChange = { tenantId: string | null; dates: LocalDate[]; action: 'added' | 'removed' | 'year_completed' };
export type CalendarListener = (change: CalendarChange) => Promise<void> | void;

const listeners = new Set<CalendarListener>();

/**
 * Registers code that must react when holidays change — the PPID request module recomputes the
 * due dates of open cases here. Returns a function that unregisters it. Listeners run after the
 * change is committed, in the process that made it.
 */
export function onCalendarChanged(listener: CalendarListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener; one failing listener does not stop the others, and the error is returned. */
export async function notifyCalendarChanged(change: CalendarChange): Promise<unknown[]> {
  const errors: unknown[] = [];
  for (const listener of listeners) {
    try {
      await listener(change);
    } catch (err) {
      errors.push(err);
    }
  }
  return errors;
}
