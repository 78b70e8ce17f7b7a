import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { createLiputan } from '../liputan/create-liputan.ts';
import { moveLiputan } from '../liputan/move-liputan.ts';
import type { OrgActor } from '../org/actor.ts';
import { findPeople } from '../org/find-people.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { createRencana } from '../rencana/create-rencana.ts';
import { moveRencana } from '../rencana/move-rencana.ts';
import { DEMO_MAIL_DOMAIN } from './demo-data.ts';

// Everything here is fictional: the activities, places and themes of the demo BPSDMD's plan.
const planned = [
  {
    day: 3,
    judul: 'Rilis pembukaan Diklat Kepemimpinan Pengawas angkatan II',
    tema: 'Pengembangan kompetensi',
    jenis: 'berita',
    platform: ['website', 'instagram', 'facebook'],
    jam: '10:00',
    owner: 'kontributor',
  },
  {
    day: 7,
    judul: 'Infografis jadwal pelatihan semester depan',
    tema: 'Layanan pelatihan',
    jenis: 'pengumuman',
    platform: ['website', 'instagram'],
    jam: null,
    owner: 'editor',
  },
  {
    day: 12,
    judul: 'Video profil widyaiswara muda',
    tema: 'Sosok inspiratif',
    jenis: 'video',
    platform: ['youtube', 'tiktok', 'instagram'],
    jam: null,
    owner: 'editor-video',
  },
  {
    day: 18,
    judul: 'Artikel: belajar mandiri lewat LMS daerah',
    tema: 'Transformasi digital',
    jenis: 'artikel',
    platform: ['website', 'facebook'],
    jam: null,
    owner: 'kontributor',
  },
  {
    day: 24,
    judul: 'Galeri foto kunjungan studi ke balai latihan kerja',
    tema: 'Kolaborasi',
    jenis: 'galeri',
    platform: ['website', 'instagram', 'x'],
    jam: '15:00',
    owner: 'kameramen',
  },
] as const;

/**
 * The demo unit's editorial plan for the current month and its coverage: an assignment for
 * tomorrow for the demo camera operator, contributor and video editor (so each finds it on the
 * home screen) and one covered earlier, through the modules' own operations (validated, audited;
 * the crews' mails are held in the outbox, the demo has no SMTP).
 */
export async function seedLiputanDemo(services: Services, tenant: Tenant, admin: SessionUser, actor: OrgActor, unit: Unit, now = new Date()): Promise<void> {
  const team = await findPeople(services.db, { tenantId: tenant.id, unitId: unit.id, limit: 100 });
  const person = (key: string) => team.find((p) => p.email === `${key}@${DEMO_MAIL_DOMAIN}`)?.id ?? null;
  const today = localDateOf(now, tenant.timeZone);
  const monthStart = `${today.slice(0, 8)}01`;
  const plans: string[] = [];
  for (const p of planned) {
    const row = await createRencana(services, admin, actor, unit.id, {
      judul: p.judul,
      tema: p.tema,
      tanggal: addDays(monthStart, p.day - 1),
      jam: p.jam,
      platform: [...p.platform],
      jenis: p.jenis,
      pemilikPersonId: person(p.owner),
      catatan: '',
    });
    plans.push(row.id);
  }
  if (addDays(monthStart, planned[0].day - 1) < today) await moveRencana(services, admin, actor, plans[0]!, 'terlaksana');
  const crew = (entries: Array<[string, 'kameramen' | 'kontributor' | 'editor_video' | 'penulis']>) =>
    entries.flatMap(([key, peran]) => {
      const personId = person(key);
      return personId ? [{ personId, peran }] : [];
    });
  await createLiputan(services, admin, actor, unit.id, {
    kegiatan: 'Penutupan Pelatihan Dasar CPNS Golongan III angkatan VII',
    tanggal: addDays(today, 1),
    jam: '09:00',
    tempat: 'Aula Cendana, Kampus BPSDMD Nusa Lontar',
    catatan: 'Ambil foto penyerahan sertifikat dan wawancara singkat peserta terbaik. Video 60 detik untuk Instagram.',
    rencanaItemId: null,
    petugas: crew([
      ['kameramen', 'kameramen'],
      ['kontributor', 'penulis'],
      ['editor-video', 'editor_video'],
    ]),
  });
  const earlier = await createLiputan(services, admin, actor, unit.id, {
    kegiatan: 'Pembukaan Diklat Kepemimpinan Pengawas angkatan II',
    tanggal: addDays(today, -2),
    jam: '08:00',
    tempat: 'Gedung Serbaguna BPSDMD',
    catatan: '',
    rencanaItemId: plans[0] ?? null,
    petugas: crew([
      ['kameramen', 'kameramen'],
      ['kontributor', 'penulis'],
    ]),
  });
  await moveLiputan(services, admin, actor, earlier.id, 'diliput', 'Foto dan catatan sambutan sudah diserahkan ke editor.');
}
