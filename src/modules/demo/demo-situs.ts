import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { syncKontenCari } from '../cari/sync-konten-cari.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { confirmFbs } from '../konten/confirm-fbs.ts';
import { createKonten } from '../konten/create-konten.ts';
import { wajibRedakturOf } from '../konten/load-konten.ts';
import { moveKonten } from '../konten/move-konten.ts';
import { konten, kontenRevisi } from '../konten/schema.ts';
import { syncKontenDaftar } from '../konten/sync-daftar.ts';
import { type Atribut, type FbsItem, fbsItems, type JenisKonten } from '../konten/terms.ts';
import { importMediaFile } from '../media/import-media.ts';
import { loadActor } from '../org/actor.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { drawLanskap } from './demo-foto.ts';
import { situsDemo, situsTim } from './demo-situs-data.ts';

const utcOffset: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

/**
 * A small valid PDF (one page, a title and a line of text in Helvetica), built by hand so the demo
 * needs no PDF library: objects, then the cross-reference table with each object's byte offset.
 */
export function pdfDemo(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${760 - i * 28} Td (${l.replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

type Item = { jenis: JenisKonten; judul: string; ringkasan: string; isi: string; atribut: Atribut; coverMediaId?: string | null; hariLalu: number };

/**
 * Fills the sections a unit's site has beside news and articles (pengumuman, kalender, publikasi,
 * galeri, video) for each demo unit, through the content module's own operations: each item is
 * written, reviewed where the unit has a redaktur, approved by the head and published, so its
 * media become public as for any item. Events fall in the coming weeks (one just past); the PDFs
 * and gallery photos are made at seeding and go through the media library's import.
 */
export async function seedSitusDemo(services: Services, tenant: Tenant, units: Map<string, Unit>, accounts: Map<string, SessionUser>, now = new Date()) {
  const db = services.db;
  const today = localDateOf(now, tenant.timeZone);
  const offset = utcOffset[tenant.timeZone] ?? '+07:00';
  const as = async (key: string) => {
    const user = accounts.get(key);
    if (!user) throw new Error(`demo account ${key} is missing`);
    return { user, actor: await loadActor(db, user) };
  };
  // The units side by side, as their teams work; each unit's items in order.
  await Promise.all(
    Object.entries(situsDemo).map(async ([slug, data]) => {
      const unit = units.get(slug);
      const tim = situsTim[slug];
      if (!unit || !tim) return;
      const penulis = await as(tim.penulis);
      const withRedaktur = tim.redaktur !== undefined && (await wajibRedakturOf(db, unit.id));
      const publish = async (item: Item) => {
        const created = await createKonten(services, penulis.user, penulis.actor, {
          unitId: unit.id,
          jenis: item.jenis,
          judul: item.judul,
          ringkasan: item.ringkasan,
          isi: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: item.isi }] }] },
          atribut: item.atribut,
          bidangId: null,
          penulisPersonId: null,
          coverMediaId: item.coverMediaId ?? null,
          tags: [],
        });
        const id = created.item.id;
        const move = async (key: string, ke: 'diajukan' | 'ditinjau' | 'menunggu_persetujuan' | 'disetujui' | 'terbit') => {
          const p = await as(key);
          await moveKonten(services, p.user, p.actor, id, { ke });
        };
        if (withRedaktur && tim.redaktur) {
          await move(tim.penulis, 'diajukan');
          await move(tim.redaktur, 'ditinjau');
          const redaktur = await as(tim.redaktur);
          for (const n of fbsItems) await confirmFbs(services, redaktur.user, redaktur.actor, id, n as FbsItem, null);
          await move(tim.redaktur, 'menunggu_persetujuan');
        } else {
          await move(tim.penulis, 'menunggu_persetujuan');
        }
        await move(tim.kepala, 'disetujui');
        await move(tim.medsos, 'terbit');
        // Dated back like the demo's news, so lists read like weeks of work (history keeps the true time).
        const at = new Date(`${addDays(today, -item.hariLalu)}T09:00:00${offset}`);
        await db.update(konten).set({ publishedAt: at, createdAt: at, updatedAt: at }).where(eq(konten.id, id));
        await db.update(kontenRevisi).set({ createdAt: at }).where(eq(kontenRevisi.kontenId, id));
        // The lists and the search order live items by this date: their indexes take the new one.
        await syncKontenDaftar(db, [id]);
        await syncKontenCari(db, [id]);
      };
      const local = (days: number, time: string) => new Date(`${addDays(today, days)}T${time}:00${offset}`).toISOString();
      for (const a of data.agenda) {
        const atribut = { mulai: local(a.hari, a.jam), selesai: local(a.hariSelesai ?? a.hari, a.sampaiJam), tempat: a.tempat };
        await publish({ jenis: 'agenda', judul: a.judul, ringkasan: a.ringkasan, isi: a.ringkasan, atribut, hariLalu: Math.max(1, 10 - a.hari) });
      }
      for (const p of data.pengumuman)
        await publish({ jenis: 'pengumuman', judul: p.judul, ringkasan: p.ringkasan, isi: p.isi, atribut: {}, hariLalu: p.hariLalu });
      for (const p of data.publikasi) {
        const file = await importMediaFile(services, penulis.user, { unitId: unit.id, bytes: pdfDemo(p.baris), name: p.berkas, altText: '' });
        await publish({
          jenis: 'publikasi',
          judul: p.judul,
          ringkasan: p.ringkasan,
          isi: p.ringkasan,
          atribut: { kategori: p.kategori, dokumen: [file.id] },
          hariLalu: p.hariLalu,
        });
      }
      const foto: string[] = [];
      for (const l of data.galeri.lanskap) {
        const row = await importMediaFile(services, penulis.user, {
          unitId: unit.id,
          bytes: await drawLanskap(l),
          name: l.nama,
          altText: l.alt,
          caption: l.keterangan,
          credit: 'Ilustrasi demo Warta',
        });
        foto.push(row.id);
      }
      const g = data.galeri;
      await publish({
        jenis: 'galeri',
        judul: g.judul,
        ringkasan: g.ringkasan,
        isi: g.ringkasan,
        atribut: { foto },
        coverMediaId: foto[0],
        hariLalu: g.hariLalu,
      });
      const v = data.video;
      await publish({
        jenis: 'video',
        judul: v.judul,
        ringkasan: v.ringkasan,
        isi: v.ringkasan,
        atribut: { youtube: v.youtube },
        coverMediaId: foto[1] ?? foto[0],
        hariLalu: v.hariLalu,
      });
    }),
  );
}
