import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { syncKontenCari } from '../cari/sync-konten-cari.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { confirmFbs } from '../konten/confirm-fbs.ts';
import { createKonten } from '../konten/create-konten.ts';
import { moveMediaCenter, proposeMediaCenter } from '../konten/media-center.ts';
import { moveKonten } from '../konten/move-konten.ts';
import { saveKonten } from '../konten/save-konten.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { savePengaturan } from '../konten/settings.ts';
import { syncKontenDaftar } from '../konten/sync-daftar.ts';
import { type FbsItem, fbsItems, type StatusKonten } from '../konten/terms.ts';
import { loadActor, type OrgActor } from '../org/actor.ts';
import { listBidang, type Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { type DemoFoto, seedFotoUnit } from './demo-foto.ts';
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

/** A published news item's photos: one on top (cover), one in the text. */
type Gambar = { sampul: DemoFoto; isi: DemoFoto };

/** The editor's document for demo paragraphs ("## " starts a heading), with a photo after the first paragraph. */
function dokumen(paragraphs: string[], foto?: DemoFoto) {
  const blocks: object[] = paragraphs.map((text) =>
    text.startsWith('## ')
      ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: text.slice(3) }] }
      : { type: 'paragraph', content: [{ type: 'text', text }] },
  );
  if (foto) blocks.splice(1, 0, { type: 'mediaImage', attrs: { mediaId: foto.id, caption: foto.keterangan } });
  return { type: 'doc', content: blocks };
}

/** Where an item stops, in workflow order: each state is reached through the ones before it. */
const urutan: StatusKonten[] = ['draf', 'diajukan', 'ditinjau', 'menunggu_persetujuan', 'disetujui', 'terbit'];
// A returned item goes back from the redaktur's inbox (diajukan), or from the head where there is no redaktur.
const sampai = (item: DemoKonten, wajibRedaktur: boolean): StatusKonten =>
  item.keadaan === 'dikembalikan'
    ? wajibRedaktur
      ? 'diajukan'
      : 'menunggu_persetujuan'
    : item.keadaan === 'dijadwalkan'
      ? 'disetujui'
      : (item.keadaan as StatusKonten);

/**
 * Fills the demo units' sites and the team's work through the content module's own operations, so
 * every step has its history and audit row: published news and articles in each unit (one
 * proposed to the Media Center, one accepted there, one edited after publication and back in
 * review), and items waiting on the redaktur, on the head and on the publisher, a returned draft
 * with its note, an approved item, one scheduled for tomorrow 08.00, and drafts in progress. Two
 * units work without the redaktur step (their head's setting); BPSDMD turned it on recently, so
 * its older items went straight to the head and its newer ones through the redaktur's checklist.
 * Each unit's published news carry the unit's demo photos (drawn at seeding, in its media library
 * with alt text and credit): one as the cover, the other in the text, so approval checks them and
 * publication makes them public as it does for any item.
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
  const bidangOf = new Map<string, Map<string, string>>();
  for (const [slug, unit] of units) bidangOf.set(slug, new Map((await listBidang(db, unit.id)).map((b) => [b.name, b.id])));
  const today = localDateOf(now, tenant.timeZone);
  const offset = utcOffset[tenant.timeZone] ?? '+07:00';
  const besokPagi = new Date(`${addDays(today, 1)}T08:00:00${offset}`);

  const setRedaktur = async (unit: Unit, wajib: boolean) => {
    const kepala = await as(timUnit[unit.slug]!.kepala);
    await savePengaturan(services, kepala.user, kepala.actor, unit.id, { wajibRedaktur: wajib });
  };

  /** Takes one item from its creation to where the demo leaves it, each step by the person whose step it is. */
  const seedItem = async (unit: Unit, item: DemoKonten, wajibRedaktur: boolean, gambar: Gambar | null): Promise<(() => Promise<void>) | null> => {
    const tim = timUnit[item.unit]!;
    const writer = await as(item.oleh);
    const created = await createKonten(services, writer.user, writer.actor, {
      unitId: unit.id,
      jenis: item.jenis,
      judul: item.judul,
      ringkasan: item.ringkasan,
      isi: dokumen(item.isi, gambar?.isi),
      atribut: item.atribut ?? {},
      bidangId: item.bidang ? (bidangOf.get(item.unit)?.get(item.bidang) ?? null) : null,
      penulisPersonId: item.penulis ? ((await as(item.penulis)).user.personId ?? null) : null,
      coverMediaId: gambar?.sampul.id ?? null,
      tags: item.tags ?? [],
    });
    const id = created.item.id;
    const move = async (key: string, ke: StatusKonten, more: { catatan?: string; jadwal?: Date } = {}) => {
      const p = await as(key);
      return moveKonten(services, p.user, p.actor, id, { ke, ...more });
    };
    const target = sampai(item, wajibRedaktur);
    const reached = (state: StatusKonten) => urutan.indexOf(target) >= urutan.indexOf(state);
    if (wajibRedaktur && tim.redaktur && reached('diajukan')) {
      await move(item.oleh, 'diajukan');
      if (reached('ditinjau')) {
        await move(tim.redaktur, 'ditinjau');
        const redaktur = await as(tim.redaktur);
        const confirmed = target === 'ditinjau' ? (item.fbs ?? 0) : fbsItems.length;
        for (const n of fbsItems.slice(0, confirmed)) await confirmFbs(services, redaktur.user, redaktur.actor, id, n as FbsItem, null);
      }
      if (reached('menunggu_persetujuan')) await move(tim.redaktur, 'menunggu_persetujuan');
    } else if (reached('menunggu_persetujuan')) {
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
    const suntingan = item.suntingan;
    if (!suntingan) return null;
    // An edit after publication, made once the unit's current setting holds: a new revision goes
    // back to review while the published one stays up. Moves write no revision, so the first
    // revision is still the current one.
    return async () => {
      const editor = await as(item.oleh);
      await saveKonten(services, editor.user, editor.actor, id, {
        baseRevisionId: created.revisi.id,
        judul: item.judul,
        ringkasan: suntingan.ringkasan,
        isi: dokumen(item.isi, gambar?.isi),
        atribut: item.atribut ?? {},
        bidangId: created.revisi.bidangId,
        penulisPersonId: created.revisi.penulisPersonId,
        coverMediaId: created.revisi.coverMediaId,
        tags: item.tags ?? [],
      });
    };
  };

  // Each unit's items in order (published ones oldest first); the units side by side, as teams work.
  await Promise.all(
    [...units.values()].map(async (unit) => {
      const items = demoKonten.filter((i) => i.unit === unit.slug).sort((a, b) => (b.hariLalu ?? -1) - (a.hariLalu ?? -1));
      if (!timUnit[unit.slug] || items.length === 0) return;
      const fotos = await seedFotoUnit(services, (await as(timUnit[unit.slug]!.medsos)).user, unit);
      // Published news take the photos in turn: one as cover, the next in the text.
      let terbit = 0;
      const gambarOf = (item: DemoKonten): Gambar | null => {
        if (item.jenis !== 'berita' || item.keadaan !== 'terbit' || fotos.length === 0) return null;
        const n = terbit++;
        return { sampul: fotos[n % fotos.length]!, isi: fotos[(n + 1) % fotos.length]! };
      };
      const edits: Array<() => Promise<void>> = [];
      const seed = async (list: DemoKonten[], wajibRedaktur: boolean) => {
        for (const item of list) {
          const edit = await seedItem(unit, item, wajibRedaktur, gambarOf(item));
          if (edit) edits.push(edit);
        }
      };
      if (demoTanpaRedaktur.includes(unit.slug)) {
        await setRedaktur(unit, false);
        await seed(items, false);
      } else {
        // BPSDMD turned the redaktur step on recently: its older work went straight to the head.
        const before = items.filter((i) => i.sebelumRedaktur);
        if (before.length > 0) await setRedaktur(unit, false);
        await seed(before, false);
        if (before.length > 0) await setRedaktur(unit, true);
        await seed(
          items.filter((i) => !i.sebelumRedaktur),
          true,
        );
      }
      for (const edit of edits) await edit();
    }),
  );
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
  // The lists and the search order live items by this date: their indexes take the new one.
  await syncKontenDaftar(services.db, [id]);
  await syncKontenCari(services.db, [id]);
}
