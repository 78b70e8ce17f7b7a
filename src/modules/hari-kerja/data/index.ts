import { calendar2024 } from './2024.ts';
import { calendar2025 } from './2025.ts';
import { calendar2026 } from './2026.ts';
import { calendar2027 } from './2027.ts';
import type { YearCalendar } from './types.ts';

/** Every national calendar shipped with Warta; a new year is a new file here once its SKB is out. */
export const shippedCalendars: readonly YearCalendar[] = [calendar2024, calendar2025, calendar2026, calendar2027];
