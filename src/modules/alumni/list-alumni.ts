import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { type AlumniRow, alumni } from './schema.ts';

/** A programme with the years it ran and how many took part each year, newest year first. */
export type ProgramYears = { program: string; tahun: Array<{ tahun: number; jumlah: number }> };

/** A unit's programmes (by name) and their years, from the alumni list. */
export async function alumniPrograms(db: Queryable, unitId: string): Promise<ProgramYears[]> {
  const rows = await db
    .select({ program: alumni.program, tahun: alumni.tahun, jumlah: count() })
    .from(alumni)
    .where(eq(alumni.unitId, unitId))
    .groupBy(alumni.program, alumni.tahun)
    .orderBy(asc(alumni.program), desc(alumni.tahun));
  const out: ProgramYears[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    const year = { tahun: r.tahun, jumlah: Number(r.jumlah) };
    if (last?.program === r.program) last.tahun.push(year);
    else out.push({ program: r.program, tahun: [year] });
  }
  return out;
}

export type AlumniFilter = { unitId: string; program?: string; tahun?: number; q?: string; halaman: number; perHalaman: number };

/** A page of a unit's participants in the index's order (programme, year, batch, name), with the total. */
export async function listAlumni(db: Queryable, f: AlumniFilter): Promise<{ items: AlumniRow[]; total: number }> {
  const where: SQL[] = [eq(alumni.unitId, f.unitId)];
  if (f.program !== undefined) where.push(eq(alumni.program, f.program));
  if (f.tahun !== undefined) where.push(eq(alumni.tahun, f.tahun));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(alumni.nama, like), ilike(alumni.instansi, like)) as SQL);
  }
  const rows = await db
    .select({ row: alumni, total: sql<number>`count(*) over ()` })
    .from(alumni)
    .where(and(...where))
    .orderBy(asc(alumni.program), desc(alumni.tahun), asc(alumni.angkatan), asc(alumni.nama), asc(alumni.id))
    .limit(f.perHalaman)
    .offset((f.halaman - 1) * f.perHalaman);
  return { items: rows.map((r) => r.row), total: Number(rows[0]?.total ?? 0) };
}
