import type { Lang, MessageKey } from '../../i18n/catalogue.ts';

/**
 * The service hours page body: one line per group of days, the rest free notes in page markup.
 *
 *     Senin–Kamis: 08.00–12.00 (shift pagi), 13.00–16.00 (shift siang)
 *     Jumat: 08.00–11.00, 13.30–16.30
 *     Sabtu, Minggu: tutup
 *
 * A line that starts with a day name and then a colon or a time is a schedule line and must parse;
 * the hours are read as structure so the page can show a table, and closures on the listed days
 * come from the working-day calendar instead of being typed here.
 */
export type Slot = { from: string; to: string; note: string | null };
/** Days are 1 = Senin … 7 = Minggu; no slots means closed on those days. */
export type ScheduleRow = { days: number[]; slots: Slot[] };
export type ServiceHours = { rows: ScheduleRow[]; notes: string };
export type ParseResult = ({ ok: true } & ServiceHours) | { ok: false; line: number; message: MessageKey };

const dayWords: Record<string, number> = { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7 };
const DAY = "senin|selasa|rabu|kamis|jum'?at|sabtu|minggu";
const RANGE = '–|—|-|s\\.?\\s?d\\.?|s/d|sampai';
const LIST = ',|dan';
const dayLine = new RegExp(`^((?:${DAY})(?:\\s*(?:${RANGE}|${LIST})\\s*(?:${DAY}))*)\\s*(?::\\s*(.*)|\\s+(\\d.*))$`, 'i');
const dayToken = new RegExp(`(${DAY})|(${RANGE})|(${LIST})`, 'gi');
const slotPattern = new RegExp(`(\\d{1,2})[.:](\\d{2})\\s*(?:${RANGE})\\s*(\\d{1,2})[.:](\\d{2})(?:\\s*\\(([^)]*)\\))?`, 'gi');

/** Parses a service hours body; the first line that cannot be read is reported with its number. */
export function parseServiceHours(body: string): ParseResult {
  const rows: ScheduleRow[] = [];
  const notes: string[] = [];
  const seen = new Set<number>();
  for (const [i, raw] of body.replace(/\r\n?/g, '\n').split('\n').entries()) {
    const match = dayLine.exec(raw.trim());
    if (!match) {
      notes.push(raw);
      continue;
    }
    const fail = (message: MessageKey): ParseResult => ({ ok: false, line: i + 1, message });
    const days = parseDays(match[1]!);
    if (!days) return fail('ppid_portal.hours.day_range');
    if (days.some((d) => seen.has(d))) return fail('ppid_portal.hours.day_twice');
    const slots = parseSlots((match[2] ?? match[3] ?? '').trim());
    if (typeof slots === 'string') return fail(slots);
    for (const d of days) seen.add(d);
    rows.push({ days, slots });
  }
  return { ok: true, rows, notes: notes.join('\n').trim() };
}

function parseDays(spec: string): number[] | null {
  const days: number[] = [];
  let pendingRange = false;
  for (const [, day, range] of spec.toLowerCase().matchAll(dayToken)) {
    if (range) pendingRange = true;
    if (!day) continue;
    const n = dayWords[day]!;
    const last = days.at(-1);
    if (pendingRange && last !== undefined) {
      if (n <= last) return null;
      for (let d = last + 1; d <= n; d++) days.push(d);
    } else days.push(n);
    pendingRange = false;
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

function parseSlots(text: string): Slot[] | MessageKey {
  if (/^(tutup|libur|closed)\.?$/i.test(text)) return [];
  const slots: Slot[] = [];
  for (const m of text.matchAll(slotPattern)) {
    const from = time(m[1]!, m[2]!);
    const to = time(m[3]!, m[4]!);
    if (!from || !to) return 'ppid_portal.hours.time_invalid';
    if (from >= to) return 'ppid_portal.hours.time_order';
    slots.push({ from, to, note: m[5]?.trim() || null });
  }
  // Whatever the slots leave behind may only be the commas between them.
  if (slots.length === 0 || text.replace(slotPattern, '').replace(/[\s,;]|dan/gi, '') !== '') return 'ppid_portal.hours.slots_invalid';
  const ordered = [...slots].sort((a, b) => a.from.localeCompare(b.from));
  if (ordered.some((s, i) => i > 0 && s.from < ordered[i - 1]!.to)) return 'ppid_portal.hours.overlap';
  return ordered;
}

function time(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, '0')}.${minutes}`;
}

const dayNames: Record<Lang, string[]> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** The name of a day (1 = Monday) in the reader's language. */
export function dayName(day: number, lang: Lang): string {
  return dayNames[lang][day - 1] ?? '';
}

/** Days as a reader writes them: runs of three or more as a range (Senin–Kamis), others listed. */
export function daysLabel(days: readonly number[], lang: Lang): string {
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`${dayName(run[0]!, lang)}–${dayName(run.at(-1)!, lang)}`] : run.map((d) => dayName(d, lang)))).join(', ');
}

/** The days a schedule opens the service (any slot); other days are closed. */
export function openDays(hours: ServiceHours): Set<number> {
  return new Set(hours.rows.filter((r) => r.slots.length > 0).flatMap((r) => r.days));
}
