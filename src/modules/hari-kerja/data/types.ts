/** Why a weekday is not a working day: the kinds a holiday row can have. */
export const holidayTypes = ['libur_nasional', 'cuti_bersama', 'keppres', 'lokal'] as const;
export type HolidayType = (typeof holidayTypes)[number];

/** One dated non-working day as published, with the decree that makes it so. */
export type HolidaySeed = {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  type: Exclude<HolidayType, 'lokal'>;
  /** Name in Indonesian, as the decree words it. */
  name: string;
  /** The legal basis: decree numbers and the date it was set. */
  source: string;
};

/** The national calendar of one year: every dated entry and the decree that makes the year complete. */
export type YearCalendar = { year: number; source: string; holidays: HolidaySeed[] };
