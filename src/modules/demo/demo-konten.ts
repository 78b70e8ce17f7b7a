import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { confirmFbs } from '../konten/confirm-fbs.ts';
import { createKonten } from '../konten/create-konten.ts';
import { moveMediaCenter, proposeMediaCenter } from '../konten/media-center.ts';
import { moveKonten } from '../konten/move-konten.ts';
import { saveKonten } from '../konten/save-konten.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { savePengaturan } from '../konten/settings.ts';
import { type FbsItem, fbsItems, type StatusKonten } from '../konten/terms.ts';
import { loadActor, type OrgActor } from '../org/actor.ts';
import { listBidang, type Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { type DemoKonten, demoKonten, demoTanpaRedaktur } from './demo-konten-data.ts';

const utcOffset: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

/** A demo account with the roles it holds, ready to act. */
type Pelaku = { user: SessionUser; actor: OrgActor };

/** Who does each step in a unit: the writer is per item; these are per unit (demo-data.ts keys). */
const timUnit: Record<string, { kepala: string; medsos: string; redaktur?: string }> = {
  bpsdmd: { kepala: 'kepala', medsos: 'admin-medsos', redaktur: 'redaktur' },
  diskominfo: { kepala: 'pj-diskominfo', medsos: 'medsos-diskominfo' },
  'dinas-pupr': { kepala: 'pj-pupr', medsos: 'medsos-pupr' },
};

/** The editor's document for demo paragraphs ("## " starts a heading). */
function dokumen(paragraphs: string[]) {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text.startsWith('## ')
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: text.slice(3) }] }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    ),
  };
}

/** Where an item stops, in workflow order: each state is reached through the ones before it. */
const urutan: StatusKonten[] = ['draf', 'diajukan', 'ditinjau', 'menunggu_persetujuan', 'disetujui', 'terbit'];
const sampai = (item: DemoKonten): StatusKonten =>
  item.keadaan === 'dikembalikan' ? 'ditinjau' : item.keadaan === 'dijadwalkan' ? 'disetujui' : (item.keadaan as StatusKonten);

/**
 * Fills the demo units' sites and the team's work through the content module's own operations, so
 * every step has its history and audit row: published news and articles in each unit (one
 * proposed to the Media Center, one accepted there, one edited after publication and back in
 * review), and items waiting on the redaktur, on the head and on the publisher, a returned draft
 * with its note, an approved item, one scheduled for tomorrow 08.00, and drafts in progress. Two
 * units work without the redaktur step (their head's setting). The demo has no photos until the
 * media library exists; pages show none rather than broken ones.
 */
export async function seedKontenDemo(
  services: Services,
  tenant: Tenant,
  units: Map<string, Unit>,
  accounts: Map<string, SessionUser>,
  now = new Date(),
): Promise<void> {
  const db = services.db;
  const pelaku = new Map<string, Pelaku>();
  const as = async (key: string): Promise<Pelaku> => {
    const known = pelaku.get(key);
    if (known) return known;
    const user = accounts.get(key);
    if (!user) throw new Error(`demo account ${key} is missing`);
    const found = { user, actor: await loadActor(db, user) };
    pelaku.set(key, found);
    return found;
  };
  for (const slug of demoTanpaRedaktur) {
    const unit = units.get(slug);
    const kepala = await as(timUnit[slug]!.kepala);
    if (unit) await savePengaturan(services, kepala.user, kepala.actor, unit.id, { wajibRedaktur: false });
  }
  const bidangOf = new Map<string, Map<string, string>>();
  for (const [slug, unit] of units) bidangOf.set(slug, new Map((await listBidang(db, unit.id)).map((b) => [b.name, b.id])));

  const today = localDateOf(now, tenant.timeZone);
  const offset = utcOffset[tenant.timeZone] ?? '+07:00';
  const besokPagi = new Date(`${addDays(today, 1)}T08:00:00${offset}`);
  // Published items oldest first, so creation order follows publication order.
  const order = [...demoKonten].sort((a, b) => (b.hariLalu ?? -1) - (a.hariLalu ?? -1));
  for (const item of order) {
    const unit = units.get(item.unit);
    const tim = timUnit[item.unit];
    if (!unit || !tim) continue;
    const writer = await as(item.oleh);
    const created = await createKonten(services, writer.user, writer.actor, {
      unitId: unit.id,
      jenis: item.jenis,
      judul: item.judul,
      ringkasan: item.ringkasan,
      isi: dokumen(item.isi),
      atribut: item.atribut ?? {},
      bidangId: item.bidang ? (bidangOf.get(item.unit)?.get(item.bidang) ?? null) : null,
      penulisPersonId: item.penulis ? ((await as(item.penulis)).user.personId ?? null) : null,
      tags: item.tags ?? [],
    });
    const id = created.item.id;
    const move = async (key: string, ke: StatusKonten, more: { catatan?: string; jadwal?: Date } = {}) => {
      const p = await as(key);
      return moveKonten(services, p.user, p.actor, id, { ke, ...more });
    };
    const target = sampai(item);
    const reached = (state: StatusKonten) => urutan.indexOf(target) >= urutan.indexOf(state);
    if (tim.redaktur && reached('diajukan')) {
      await move(item.oleh, 'diajukan');
      if (reached('ditinjau')) {
        await move(tim.redaktur, 'ditinjau');
        const redaktur = await as(tim.redaktur);
        const confirmed = target === 'ditinjau' ? (item.fbs ?? 0) : fbsItems.length;
        for (const n of fbsItems.slice(0, confirmed)) await confirmFbs(services, redaktur.user, redaktur.actor, id, n as FbsItem, null);
      }
      if (reached('menunggu_persetujuan')) await move(tim.redaktur, 'menunggu_persetujuan');
    } else if (!tim.redaktur && reached('menunggu_persetujuan')) {
      await move(item.oleh, 'menunggu_persetujuan');
    }
    if (item.keadaan === 'dikembalikan') await move(tim.redaktur ?? tim.kepala, 'dikembalikan', { catatan: item.catatan });
    if (reached('disetujui')) await move(tim.kepala, 'disetujui');
    if (item.keadaan === 'dijadwalkan') await move(tim.medsos, 'dijadwalkan', { jadwal: besokPagi });
    if (reached('terbit')) {
      await move(tim.medsos, 'terbit');
      const hari = item.hariLalu ?? 0;
      if (hari > 0) await backdate(services, id, new Date(`${addDays(today, -hari)}T09:00:00${offset}`));
    }
    if (item.mediaCenter) {
      const medsos = await as(tim.medsos);
      await proposeMediaCenter(services, medsos.user, medsos.actor, id, 'Layak dibagikan di laman pusat: kegiatan lintas perangkat daerah.');
      if (item.mediaCenter === 'diterima') {
        const koordinator = await as('koordinator-mc');
        await moveMediaCenter(services, koordinator.user, koordinator.actor, id, { ke: 'diterima', catatan: null });
      }
    }
    if (item.suntingan) {
      // An edit after publication: a new revision goes back to review; the published one stays up.
      // Moves write no revision: the first one is still the current one.
      const editor = await as(item.oleh);
      await saveKonten(services, editor.user, editor.actor, id, {
        baseRevisionId: created.revisi.id,
        judul: item.judul,
        ringkasan: item.suntingan.ringkasan,
        isi: dokumen(item.isi),
        atribut: item.atribut ?? {},
        bidangId: created.item.bidangId,
        penulisPersonId: created.item.penulisPersonId,
        tags: item.tags ?? [],
      });
    }
  }
}

/**
 * Dates a published demo item back (09.00 local time, days ago), so the site reads like weeks of
 * work rather than one morning. The workflow has no back-dating of its own (every move happens
 * now), so the demo moves only the dates the public sees: the item's publication and its
 * revisions' times. History and audit keep the true time of the seeding.
 */
async function backdate(services: Services, id: string, at: Date): Promise<void> {
  await services.db.update(konten).set({ publishedAt: at, createdAt: at, updatedAt: at }).where(eq(konten.id, id));
  await services.db.update(kontenRevisi).set({ createdAt: at }).where(eq(kontenRevisi.kontenId, id));
}
