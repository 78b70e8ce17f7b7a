import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import type { PlannedItem } from '../impor-wp/plan-import.ts';
import { writeKontenItem } from '../impor-wp/write-konten-item.ts';
import { loadActor } from '../org/actor.ts';
import { bidang } from '../org/schema.ts';
import { createKonten } from './create-konten.ts';
import { countLive, livePage } from './live-index.ts';
import { revisiOf } from './load-konten.ts';
import { moveKonten } from './move-konten.ts';
import { listPublicKonten } from './public-list.ts';
import { listPenulisPublik } from './public-penulis.ts';
import { saveKonten } from './save-konten.ts';
import { konten, kontenDaftarJumlah, kontenRevisi } from './schema.ts';
import { syncKontenDaftar } from './sync-daftar.ts';
import type { JenisKonten } from './terms.ts';
import { addContentTeam, type ContentTeam, doc } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let umum: string;
let teknis: string;

type Account = Fixture['writerA'];
const as = async (u: Pick<Account, 'id' | 'tenantId' | 'personId' | 'email' | 'displayName' | 'isAdmin'>) => {
  const user: SessionUser = { ...u, totpEnabled: false, mustEnable2fa: false };
  return { user, actor: await loadActor(w.services.db, user) };
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  const db = w.services.db;
  [{ id: umum }] = (await db
    .select({ id: bidang.id })
    .from(bidang)
    .where(and(eq(bidang.unitId, f.unitA.id), eq(bidang.slug, 'umum')))) as [{ id: string }];
  [{ id: teknis }] = (await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Teknis' }).returning({ id: bidang.id })) as [{ id: string }];
});
afterAll(async () => {
  await w.stop();
});

/** What the counts must say, counted from the items themselves: every live item of unit A by kind, bidang, sub-section and author. */
async function countedFromItems(): Promise<Record<string, number>> {
  const rows = await w.services.db
    .select({
      jenis: konten.jenis,
      bidangId: kontenRevisi.bidangId,
      kategori: sql<string | null>`${kontenRevisi.atribut}->>'kategori'`,
      penulis: kontenRevisi.penulisPersonId,
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(and(eq(konten.unitId, f.unitA.id), isNotNull(konten.liveRevisionId)));
  const out: Record<string, number> = {};
  const add = (key: string) => {
    out[key] = (out[key] ?? 0) + 1;
  };
  for (const r of rows) {
    add(`${r.jenis}||`);
    if (r.bidangId) add(`${r.jenis}|bidang|${r.bidangId}`);
    if (r.kategori) add(`${r.jenis}|kategori|${r.kategori}`);
    if (r.penulis) add(`${r.jenis}|penulis|${r.penulis}`);
  }
  return out;
}

/** The counts as kept, without the rows that fell to zero. */
async function kept(): Promise<Record<string, number>> {
  const rows = await w.services.db
    .select()
    .from(kontenDaftarJumlah)
    .where(and(eq(kontenDaftarJumlah.unitId, f.unitA.id), ne(kontenDaftarJumlah.jumlah, 0)));
  return Object.fromEntries(rows.map((r) => [`${r.jenis}|${r.segi}|${r.nilai}`, r.jumlah]));
}

/** An item of unit A taken through the workflow to approval (as the head's approval leaves it) and published by the publisher. */
async function publishNew(jenis: JenisKonten, more: Record<string, unknown> = {}): Promise<string> {
  const writer = await as(f.writerA);
  const d = await createKonten(w.services, writer.user, writer.actor, {
    unitId: f.unitA.id,
    jenis,
    judul: `Naskah ${jenis} ${Math.random().toString(36).slice(2, 8)}`,
    ringkasan: '',
    isi: doc('Isi.'),
    atribut: {},
    tags: [],
    ...more,
  } as never);
  await approveAndPublish(d.item.id);
  return d.item.id;
}

async function approveAndPublish(id: string): Promise<void> {
  const db = w.services.db;
  const [row] = await db.select().from(konten).where(eq(konten.id, id));
  const rev = await revisiOf(db, id, row!.currentRevisionId!);
  await db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
    .where(eq(konten.id, id));
  const pub = await as(team.publisher);
  await moveKonten(w.services, pub.user, pub.actor, id, { ke: 'terbit' });
}

/** A live publikasi written straight into the tables (a publication needs an uploaded document to pass the workflow), then indexed. */
async function publikasiByHand(kategori: 'materi' | 'peraturan'): Promise<void> {
  const db = w.services.db;
  const [row] = await db
    .insert(konten)
    .values({
      tenantId: f.tenant.id,
      unitId: f.unitA.id,
      jenis: 'publikasi',
      slug: `publikasi-${kategori}`,
      status: 'terbit',
      createdBy: f.writerA.id,
      publishedAt: new Date(),
    })
    .returning();
  const [rev] = await db
    .insert(kontenRevisi)
    .values({
      kontenId: row!.id,
      nomor: 1,
      judul: 'Publikasi uji',
      isi: doc('Isi.') as never,
      atribut: { kategori, dokumen: [] },
      hash: 'h',
      authorLabel: 'Uji',
    })
    .returning();
  await db.update(konten).set({ currentRevisionId: rev!.id, liveRevisionId: rev!.id, approvedRevisionId: rev!.id }).where(eq(konten.id, row!.id));
  await syncKontenDaftar(db, [row!.id]);
}

describe('the live counts follow every change of what is live', () => {
  it('publish, unpublish, an edit of a live item that moves it to another bidang, and an import', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await publishNew('berita', { bidangId: umum }));
    const artikel = await publishNew('artikel', { penulisPersonId: f.writerA.personId });
    await publikasiByHand('peraturan');
    await publishNew('pengumuman');
    expect(await kept()).toEqual(await countedFromItems());
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita' })).toBe(3);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: umum })).toBe(3);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'publikasi', kategori: 'peraturan' })).toBe(1);
    expect(await countLive(w.services.db, { unitId: f.unitA.id })).toBe(6);

    // Unpublished: out of every count it was in.
    const pub = await as(team.publisher);
    await moveKonten(w.services, pub.user, pub.actor, artikel, { ke: 'ditarik' });
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'artikel', penulisPersonId: f.writerA.personId! })).toBe(0);
    expect(await listPenulisPublik(w.services.db, { tenantId: f.tenant.id, unitId: f.unitA.id })).toEqual([]);
    expect(await kept()).toEqual(await countedFromItems());

    // A live item edited into another bidang stays where the public sees it until the edit is published.
    const writer = await as(f.writerA);
    const moved = ids[0]!;
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, moved));
    const current = await revisiOf(w.services.db, moved, row!.currentRevisionId!);
    await saveKonten(w.services, writer.user, writer.actor, moved, {
      baseRevisionId: current.id,
      judul: current.judul,
      ringkasan: current.ringkasan,
      isi: current.isi,
      atribut: current.atribut,
      tags: current.tags,
      bidangId: teknis,
    } as never);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(0);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: umum })).toBe(3);
    await approveAndPublish(moved);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(1);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: umum })).toBe(2);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita' })).toBe(3);
    const teknisList = await listPublicKonten(w.services.db, { tenantId: f.tenant.id, unitId: f.unitA.id, jenis: 'berita', bidangId: teknis, halaman: 1 });
    expect(teknisList).toMatchObject({ total: 1, items: [{ id: moved, bidangId: teknis }] });
    expect(await kept()).toEqual(await countedFromItems());

    // A WordPress import: a live post counted at once, its re-import as a draft of another kind uncounted.
    const planned: PlannedItem = {
      wpId: 7,
      wpType: 'post',
      judul: 'Impor uji',
      baseSlug: 'impor-uji',
      status: 'terbit',
      jenis: 'berita',
      bidangId: teknis,
      penulisPersonId: null,
      publishedAt: new Date('2020-01-02T03:00:00Z'),
      ringkasan: '',
      isi: doc('Isi impor.') as never,
      tags: [],
      cover: null,
      oldKeys: [],
      existingKontenId: null,
      warnings: [],
      errors: [],
    };
    const scope = { tenantId: f.tenant.id, unitId: f.unitA.id, siteUrl: 'https://lama.test', at: new Date(), takenSlugs: new Set<string>() };
    const admin = await as(f.admin);
    const written = await w.services.db.transaction((tx) => writeKontenItem(tx, admin.user, scope, planned));
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(2);
    await w.services.db.transaction((tx) =>
      writeKontenItem(tx, admin.user, scope, { ...planned, status: 'draf', jenis: 'pengumuman', bidangId: null, existingKontenId: written.id }),
    );
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(1);
    expect(await kept()).toEqual(await countedFromItems());

    // A rebuild from scratch gives the same counts as the running sums.
    const before = await kept();
    await syncKontenDaftar(w.services.db, null);
    expect(await kept()).toEqual(before);
  });
});

describe('pages of a long list', () => {
  it('every page is its slice of the whole list, from either end, ties broken by id; past the end there is nothing', async () => {
    const db = w.services.db;
    // Nine pengumuman, some published at the same instant, so the order's tie-break is tested too.
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) ids.push(await publishNew('pengumuman'));
    const same = new Date('2024-05-01T00:00:00Z');
    for (const [k, id] of ids.entries())
      await db
        .update(konten)
        .set({ publishedAt: k % 3 === 0 ? same : new Date(same.getTime() - k * 60_000) })
        .where(eq(konten.id, id));
    await syncKontenDaftar(db, ids);
    const all = (await listPublicKonten(db, { tenantId: f.tenant.id, unitId: f.unitA.id, jenis: 'pengumuman', halaman: 1, perHalaman: 100 })).items.map(
      (i) => i.id,
    );
    expect(all).toHaveLength(await countLive(db, { unitId: f.unitA.id, jenis: 'pengumuman' }));
    const expected = await db
      .select({ id: konten.id })
      .from(konten)
      .where(and(eq(konten.unitId, f.unitA.id), eq(konten.jenis, 'pengumuman'), isNotNull(konten.liveRevisionId)))
      .orderBy(sql`${konten.publishedAt} desc, ${konten.id} asc`);
    expect(all).toEqual(expected.map((r) => r.id));
    for (const size of [2, 3, 4]) {
      const pages = Math.ceil(all.length / size);
      for (let halaman = 1; halaman <= pages; halaman++) {
        const page = await listPublicKonten(db, { tenantId: f.tenant.id, unitId: f.unitA.id, jenis: 'pengumuman', halaman, perHalaman: size });
        expect(page.total).toBe(all.length);
        expect(page.items.map((i) => i.id)).toEqual(all.slice((halaman - 1) * size, halaman * size));
      }
      const past = await listPublicKonten(db, { tenantId: f.tenant.id, unitId: f.unitA.id, jenis: 'pengumuman', halaman: pages + 1, perHalaman: size });
      expect(past).toEqual({ total: all.length, items: [] });
    }
    // The slice read from the oldest end is the same as from the newest.
    const tail = await db.select().from(livePage(db, { unitId: f.unitA.id, jenis: 'pengumuman' }, { offset: all.length - 3, limit: 3, total: all.length }));
    const head = await db.select().from(livePage(db, { unitId: f.unitA.id, jenis: 'pengumuman' }, { offset: all.length - 3, limit: 3 }));
    expect(new Set(tail.map((r) => r.kontenId))).toEqual(new Set(all.slice(-3)));
    expect(new Set(head.map((r) => r.kontenId))).toEqual(new Set(all.slice(-3)));
  });
});
