import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { importAlumni } from '../alumni/import-alumni.ts';
import type { Unit } from '../org/find-units.ts';

// Everything here is fictional: names put together from common given and family names of the
// region, agencies of the demo province, and the training programmes of seed 000 §4.
const given = ['Agustina', 'Yohanes', 'Maria', 'Fransiskus', 'Elisabeth', 'Petrus', 'Theresia', 'Markus', 'Veronika', 'Stefanus', 'Yuliana', 'Aloysius'];
const family = ['Ndoen', 'Manek', 'Bria', 'Lewar', 'Tefa', 'Dethan', 'Kolo', 'Riwu', 'Seran', 'Wadu', 'Laka', 'Nahak'];
const instansi = [
  'Dinas Kominfo Provinsi Nusa Lontar',
  'Dinas PUPR Provinsi Nusa Lontar',
  'Bappeda Kabupaten Lontar Barat',
  'RSUD Kota Lontar',
  'Dinas Pendidikan Kabupaten Sabu Lontar',
];
const jabatan: Record<string, string[]> = {
  'Diklat PIM Tk. III': ['Kepala Bidang', 'Sekretaris Dinas', 'Kepala Bagian'],
  'Diklat PIM Tk. IV': ['Kepala Seksi', 'Kepala Subbagian Umum', 'Kepala Subbagian Keuangan'],
  'Latsar CPNS Golongan II': ['Pengelola Data', 'Pengadministrasi Umum', 'Teknisi Jaringan'],
  'Latsar CPNS Golongan III': ['Analis Kebijakan', 'Pranata Humas Ahli Pertama', 'Perencana Ahli Pertama'],
};
const runs = [
  { program: 'Diklat PIM Tk. III', tahun: 2025, angkatan: 'I', peserta: 8 },
  { program: 'Diklat PIM Tk. IV', tahun: 2025, angkatan: 'II', peserta: 12 },
  { program: 'Diklat PIM Tk. IV', tahun: 2024, angkatan: 'I', peserta: 10 },
  { program: 'Latsar CPNS Golongan II', tahun: 2025, angkatan: 'III', peserta: 10 },
  { program: 'Latsar CPNS Golongan III', tahun: 2024, angkatan: 'V', peserta: 14 },
];

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * The demo BPSDMD's alumni list, imported the way a unit would bring its participant lists in: one
 * CSV through the alumni import (checked, one transaction, one audit row). NIPs are left empty:
 * they are never public and a made-up one would look like a real person's.
 */
export async function seedAlumniDemo(services: Services, admin: SessionUser, unit: Unit): Promise<void> {
  const lines = ['Nama,NIP,Instansi,Jabatan,Program,Angkatan,Tahun'];
  let n = 0;
  for (const run of runs) {
    for (let i = 0; i < run.peserta; i++, n++) {
      // Unique for up to 144 people: the same given name comes back with another family name.
      const nama = `${given[n % given.length]} ${family[(n * 5 + Math.floor(n / given.length)) % family.length]}`;
      const position = jabatan[run.program]![n % 3]!;
      lines.push([nama, '', instansi[n % instansi.length]!, position, run.program, run.angkatan, String(run.tahun)].map(quote).join(','));
    }
  }
  const file = new TextEncoder().encode(lines.join('\n'));
  const result = await importAlumni(services, admin, unit, { file, dryRun: false, defaults: { program: '', angkatan: '', tahun: '' }, lang: 'id' });
  if (!result.ok) throw new Error(`demo alumni: ${JSON.stringify(result.rows.filter((r) => r.errors.length > 0).slice(0, 3))}`);
}
