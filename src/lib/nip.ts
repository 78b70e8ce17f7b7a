import type { MessageKey } from '../i18n/catalogue.ts';
import { AppError } from './errors.ts';

/** What is wrong with a NIP, one reason at a time, in the order a reader checks it. */
export type NipProblem = 'length' | 'birth_date' | 'appointment' | 'appointment_too_early' | 'appointment_future' | 'gender' | 'sequence';

export type NipResult = { ok: true; nip: string; kind: 'pns' | 'pppk' } | { ok: false; problem: NipProblem };

const problemKeys: Record<NipProblem, MessageKey> = {
  length: 'org.nip.length',
  birth_date: 'org.nip.birth_date',
  appointment: 'org.nip.appointment',
  appointment_too_early: 'org.nip.appointment_too_early',
  appointment_future: 'org.nip.appointment_future',
  gender: 'org.nip.gender',
  sequence: 'org.nip.sequence',
};

// PPPK (contract ASN) numbers carry the code 21 where a PNS number has the appointment month.
const PPPK_MONTH = 21;

/** Strips a leading "NIP." / "Nip:" and every space, dot or dash people write between the groups. */
export function normaliseNip(input: string): string {
  return input
    .trim()
    .replace(/^nip\s*[.:]?\s*/i, '')
    .replace(/[\s.-]/g, '');
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Checks an ASN NIP: birth date (1–8), appointment year and month (9–14), gender (15),
 * sequence (16–18). `now` decides what counts as the future.
 */
export function parseNip(input: string, now: Date = new Date()): NipResult {
  const nip = normaliseNip(input);
  if (!/^\d{18}$/.test(nip)) return { ok: false, problem: 'length' };
  const num = (from: number, to: number) => Number(nip.slice(from, to));
  const [birthYear, birthMonth, birthDay] = [num(0, 4), num(4, 6), num(6, 8)];
  const [appYear, appMonth] = [num(8, 12), num(12, 14)];
  const thisYear = now.getUTCFullYear();
  const birth = Date.UTC(birthYear, birthMonth - 1, birthDay);
  if (birthYear < 1940 || birthYear > thisYear || !isCalendarDate(birthYear, birthMonth, birthDay) || birth > now.getTime()) {
    return { ok: false, problem: 'birth_date' };
  }
  const pppk = appMonth === PPPK_MONTH;
  if (!pppk && (appMonth < 1 || appMonth > 12)) return { ok: false, problem: 'appointment' };
  // Nobody is appointed as a child; fifteen years is a lenient floor (the legal minimum is eighteen).
  if (appYear < birthYear + 15) return { ok: false, problem: 'appointment_too_early' };
  const appointed = appYear * 100 + (pppk ? 1 : appMonth);
  if (appointed > thisYear * 100 + now.getUTCMonth() + 1) return { ok: false, problem: 'appointment_future' };
  if (nip[14] !== '1' && nip[14] !== '2') return { ok: false, problem: 'gender' };
  if (num(15, 18) === 0) return { ok: false, problem: 'sequence' };
  return { ok: true, nip, kind: pppk ? 'pppk' : 'pns' };
}

/** The catalogue message that names a NIP problem. */
export function nipMessageKey(problem: NipProblem): MessageKey {
  return problemKeys[problem];
}

/**
 * A NIP as stored: 18 digits, or null for staff without one (Tenaga Harian Lepas).
 * Throws a 400 naming `field` when a NIP is given but malformed.
 */
export function checkNip(input: string | null | undefined, field = 'nip'): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const result = parseNip(input);
  if (!result.ok) throw new AppError('invalid', problemKeys[result.problem], field);
  return result.nip;
}
