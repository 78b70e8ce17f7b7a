import type { Queryable } from '../../db/types.ts';
import { clockTimeOf } from '../../lib/zoned-time.ts';
import { addDays } from '../hari-kerja/local-date.ts';
import { listLiputan } from './list-liputan.ts';

/** How many shown on the home screen; the rest are one click away in "Penugasan liputan". */
const SHOWN = 5;

export type UpcomingLiputan = {
  hariIni: number;
  besok: number;
  terbuka: number;
  /** The open ones soonest first (today's, tomorrow's and any still open from before), at most five. */
  berikut: Array<{ id: string; kegiatan: string; tanggal: string; jam: string; tempat: string; status: string; unitNama: string }>;
};

/** A person's open assignments for the home screen: today's, tomorrow's and all open, with the nearest few. */
export async function upcomingLiputan(db: Queryable, tenantId: string, personId: string, today: string, timeZone: string): Promise<UpcomingLiputan> {
  const open = await listLiputan(db, { tenantId, personId, semua: false });
  const tomorrow = addDays(today, 1);
  return {
    hariIni: open.filter((r) => r.tanggal === today).length,
    besok: open.filter((r) => r.tanggal === tomorrow).length,
    terbuka: open.length,
    berikut: open.slice(0, SHOWN).map((r) => ({
      id: r.id,
      kegiatan: r.kegiatan,
      tanggal: r.tanggal,
      jam: clockTimeOf(r.mulai, timeZone),
      tempat: r.tempat,
      status: r.status,
      unitNama: r.unitNama,
    })),
  };
}
