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
import { countLive, livePage, newestFirst } from './live-index.ts';
import { revisiOf } from './load-konten.ts';
import { moveKonten } from './move-konten.ts';
import { listPublicAgenda } from './public-agenda.ts';
import { listPublicKonten } from './public-list.ts';
import { listPenulisPublik } from './public-penulis.ts';
import { saveKonten } from './save-konten.ts';
import { konten, kontenDaftar, kontenDaftarJumlah, kontenRevisi } from './schema.ts';
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
      mulai: sql<string | null>`${kontenRevisi.atribut}->>'mulai'`,
      penulis: kontenRevisi.penulisPersonId,
      publishedAt: konten.publishedAt,
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(and(eq(konten.unitId, f.unitA.id), isNotNull(konten.liveRevisionId)));
  const out: Record<string, number> = {};
  for (const r of rows) {
    // Counted in the month of its first publication, in UTC.
    const bulan = r.publishedAt ? r.publishedAt.toISOString().slice(0, 7) : '';
    const add = (key: string) => {
      out[`${key}|${bulan}`] = (out[`${key}|${bulan}`] ?? 0) + 1;
    };
    add(`${r.jenis}||`);
    if (r.bidangId) add(`${r.jenis}|bidang|${r.bidangId}`);
    if (r.kategori) add(`${r.jenis}|kategori|${r.kategori}`);
    if (r.penulis) add(`${r.jenis}|penulis|${r.penulis}`);
    // The calendar's count runs by the month an event starts in.
    if (r.jenis === 'agenda' && r.mulai) {
      const key = `agenda|kalender||${new Date(r.mulai).toISOString().slice(0, 7)}`;
      out[key] = (out[key] ?? 0) + 1;
    }
  }
  return out;
}

/** The counts as kept, without the rows that fell to zero. */
async function kept(): Promise<Record<string, number>> {
  const rows = await w.services.db
    .select()
    .from(kontenDaftarJumlah)
    .where(and(eq(kontenDaftarJumlah.unitId, f.unitA.id), ne(kontenDaftarJumlah.jumlah, 0)));
  return Object.fromEntries(rows.map((r) => [`${r.jenis}|${r.segi}|${r.nilai}|${r.bulan}`, r.jumlah]));
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

/** A live WordPress post as the import plans it; the test names what differs. */
function plannedImport(item: Pick<PlannedItem, 'wpId' | 'judul' | 'jenis' | 'bidangId' | 'publishedAt'>): PlannedItem {
  return {
    ...item,
    wpType: 'post',
    baseSlug: item.judul.toLowerCase().replaceAll(' ', '-'),
    status: 'terbit',
    penulisPersonId: null,
    ringkasan: '',
    isi: doc('Isi impor.') as never,
    tags: [],
    cover: null,
    oldKeys: [],
    existingKontenId: null,
    warnings: [],
    errors: [],
  };
}

/** Writes one planned item of unit A as the import job does, in its own transaction. */
async function importItem(planned: PlannedItem) {
  const scope = { tenantId: f.tenant.id, unitId: f.unitA.id, siteUrl: 'https://lama.test', at: new Date(), takenSlugs: new Set<string>() };
  const admin = await as(f.admin);
  return w.services.db.transaction((tx) => writeKontenItem(tx, admin.user, scope, planned));
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
    const planned = plannedImport({ wpId: 7, judul: 'Impor uji', jenis: 'berita', bidangId: teknis, publishedAt: new Date('2020-01-02T03:00:00Z') });
    const written = await importItem(planned);
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(2);
    await importItem({ ...planned, status: 'draf', jenis: 'pengumuman', bidangId: null, existingKontenId: written.id });
    expect(await countLive(w.services.db, { unitId: f.unitA.id, jenis: 'berita', bidangId: teknis })).toBe(1);
    expect(await kept()).toEqual(await countedFromItems());

    // A rebuild from scratch gives the same counts as the running sums.
    const before = await kept();
    await syncKontenDaftar(w.services.db, null);
    expect(await kept()).toEqual(before);
  });
});

describe('pages of a long list', () => {
  /** Every page of the pengumuman list, at several page sizes, is its slice of the items read straight from `konten`; past the end there is nothing. */
  async function expectEveryPage() {
    const db = w.services.db;
    const where = and(eq(konten.unitId, f.unitA.id), eq(konten.jenis, 'pengumuman'), isNotNull(konten.liveRevisionId));
    const all = (await db.select({ id: konten.id }).from(konten).where(where).orderBy(sql`${konten.publishedAt} desc, ${konten.id} asc`)).map((r) => r.id);
    const filter = { tenantId: f.tenant.id, unitId: f.unitA.id, jenis: 'pengumuman' as const };
    expect(await countLive(db, { unitId: f.unitA.id, jenis: 'pengumuman' })).toBe(all.length);
    for (const size of [1, 2, 3, 4]) {
      const pages = Math.ceil(all.length / size);
      for (let halaman = 1; halaman <= pages; halaman++) {
        const page = await listPublicKonten(db, { ...filter, halaman, perHalaman: size });
        expect(page.total).toBe(all.length);
        expect(page.items.map((i) => i.id)).toEqual(all.slice((halaman - 1) * size, halaman * size));
      }
      expect(await listPublicKonten(db, { ...filter, halaman: pages + 1, perHalaman: size })).toEqual({ total: all.length, items: [] });
    }
    expect(await kept()).toEqual(await countedFromItems());
    return all;
  }

  it('every page is its slice of the whole list, across months, ties broken by id, after publish, unpublish, republish at the old date, a backdated publish and an import', async () => {
    const db = w.services.db;
    // Twelve pengumuman over four months (UTC), some at the same instant and some on a month's first instant, so the tie-break and the month edges are tested too.
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await publishNew('pengumuman'));
    const dates = [
      '2024-05-01T00:00:00Z',
      '2024-05-01T00:00:00Z',
      '2024-04-30T23:59:59.999Z',
      '2024-04-15T00:00:00Z',
      '2024-04-15T00:00:00Z',
      '2024-04-01T00:00:00Z',
      '2024-02-10T00:00:00Z',
      '2024-02-10T00:00:00Z',
      '2024-02-10T00:00:00Z',
      '2024-02-01T00:00:00Z',
      '2023-12-31T23:59:59Z',
      '2024-05-20T00:00:00Z',
    ];
    for (const [k, id] of ids.entries())
      await db
        .update(konten)
        .set({ publishedAt: new Date(dates[k]!) })
        .where(eq(konten.id, id));
    await syncKontenDaftar(db, ids);
    const first = await expectEveryPage();
    expect(first.length).toBeGreaterThanOrEqual(12);

    // Unpublished from a middle month: every later page moves up by one.
    const pub = await as(team.publisher);
    await moveKonten(w.services, pub.user, pub.actor, ids[4]!, { ke: 'ditarik' });
    expect(await expectEveryPage()).not.toContain(ids[4]);
    // Published again: back at its first publication date, in the middle of the list.
    await moveKonten(w.services, pub.user, pub.actor, ids[4]!, { ke: 'terbit' });
    expect(await expectEveryPage()).toEqual(first);

    // A new item (now, the newest month) and one published with an old date (a backdated item).
    const fresh = await publishNew('pengumuman');
    expect((await expectEveryPage())[0]).toBe(fresh);
    const backdated = await publishNew('pengumuman');
    await db.transaction(async (tx) => {
      await tx
        .update(konten)
        .set({ publishedAt: new Date('2024-03-03T00:00:00Z') })
        .where(eq(konten.id, backdated));
      await syncKontenDaftar(tx, [backdated]);
    });
    await expectEveryPage();

    // A WordPress import of a live post dated years back: counted in its own month, at its place at the end of the list.
    const imported = await importItem(
      plannedImport({ wpId: 8, judul: 'Pengumuman lama', jenis: 'pengumuman', bidangId: null, publishedAt: new Date('2019-07-02T03:00:00Z') }),
    );
    expect((await expectEveryPage()).at(-1)).toBe(imported.id);

    // A rebuild from scratch gives the same monthly counts as the running sums, and the same pages.
    const before = await kept();
    await syncKontenDaftar(db, null);
    expect(await kept()).toEqual(before);
    await expectEveryPage();
  });

  it('a slice deep in the list, started from its month, is the plain offset from the top', async () => {
    const db = w.services.db;
    const filter = { unitId: f.unitA.id, jenis: 'pengumuman' as const };
    const total = await countLive(db, filter);
    expect(total).toBeGreaterThan(10);
    for (let offset = 0; offset <= total; offset++) {
      const page = await livePage(db, filter, { offset, limit: 3 });
      const slice = await db
        .select({ id: page.kontenId })
        .from(page)
        .orderBy(...newestFirst(page.publishedAt, page.kontenId));
      const plain = await db
        .select({ id: kontenDaftar.kontenId })
        .from(kontenDaftar)
        .where(and(eq(kontenDaftar.unitId, f.unitA.id), eq(kontenDaftar.jenis, 'pengumuman')))
        .orderBy(...newestFirst(kontenDaftar.publishedAt, kontenDaftar.kontenId))
        .offset(offset)
        .limit(3);
      expect(slice).toEqual(plain);
    }
  });
});

describe('the calendar’s lists', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const now = new Date();
  const event = (mulai: number, selesai: number | null) =>
    publishNew('agenda', {
      atribut: {
        mulai: new Date(now.getTime() + mulai).toISOString(),
        selesai: selesai === null ? null : new Date(now.getTime() + selesai).toISOString(),
        tempat: 'Aula',
      },
    });

  /** Every page of the coming and the past events is its slice of the events read straight from the items, with the true total. */
  async function expectCalendar() {
    const db = w.services.db;
    const events = await db
      .select({
        id: konten.id,
        mulai: sql<string>`(${kontenRevisi.atribut}->>'mulai')::timestamptz`,
        akhir: sql<string>`coalesce(${kontenRevisi.atribut}->>'selesai', ${kontenRevisi.atribut}->>'mulai')::timestamptz`,
      })
      .from(konten)
      .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
      .where(and(eq(konten.unitId, f.unitA.id), eq(konten.jenis, 'agenda')));
    const at = (v: string) => new Date(v).getTime();
    const byStart = (a: (typeof events)[number], b: (typeof events)[number]) => at(a.mulai) - at(b.mulai) || (a.id < b.id ? -1 : 1);
    const coming = events.filter((e) => at(e.akhir) >= now.getTime()).sort(byStart);
    const past = events
      .filter((e) => at(e.akhir) < now.getTime())
      .sort(byStart)
      .reverse();
    const base = { tenantId: f.tenant.id, unitId: f.unitA.id };
    for (const [window, expected] of [
      [{ from: now, order: 'asc' as const }, coming],
      [{ endedBefore: now, order: 'desc' as const }, past],
    ] as const) {
      for (const size of [1, 2, 3]) {
        const pages = Math.max(1, Math.ceil(expected.length / size));
        for (let halaman = 1; halaman <= pages + 1; halaman++) {
          const got = await listPublicAgenda(db, { ...base, ...window, halaman, perHalaman: size });
          expect(got.total).toBe(expected.length);
          expect(got.items.map((i) => i.id)).toEqual(expected.slice((halaman - 1) * size, halaman * size).map((e) => e.id));
        }
      }
    }
    expect(await kept()).toEqual(await countedFromItems());
    return { coming: coming.map((e) => e.id), past: past.map((e) => e.id) };
  }

  it('coming and past events page and count exactly after publish, unpublish, a rescheduling and a republish', async () => {
    // Past events in three or four months (by their start), so a deep page of them starts at its month.
    const ended = [
      await event(-3 * DAY, -3 * DAY + HOUR),
      await event(-10 * DAY, null),
      await event(-10 * DAY, null),
      await event(-40 * DAY, null),
      await event(-75 * DAY, -74 * DAY),
      await event(-75 * DAY, null),
    ];
    const ongoing = await event(-HOUR, 2 * HOUR);
    const soon = [await event(DAY, null), await event(2 * DAY, 2 * DAY + HOUR), await event(2 * DAY, null)];
    const first = await expectCalendar();
    expect(first.coming[0]).toBe(ongoing);
    expect(first.past).toHaveLength(6);
    expect(new Set(first.coming.slice(1))).toEqual(new Set(soon));

    // Unpublished: out of the past events and their count; published again: back in its place.
    const pub = await as(team.publisher);
    await moveKonten(w.services, pub.user, pub.actor, ended[1]!, { ke: 'ditarik' });
    expect((await expectCalendar()).past).not.toContain(ended[1]);
    await moveKonten(w.services, pub.user, pub.actor, ended[1]!, { ke: 'terbit' });
    expect(await expectCalendar()).toEqual(first);

    // A past event rescheduled into the future: a new revision, live once published.
    const writer = await as(f.writerA);
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, ended[3]!));
    const current = await revisiOf(w.services.db, ended[3]!, row!.currentRevisionId!);
    await saveKonten(w.services, writer.user, writer.actor, ended[3]!, {
      baseRevisionId: current.id,
      judul: current.judul,
      ringkasan: current.ringkasan,
      isi: current.isi,
      atribut: { ...current.atribut, mulai: new Date(now.getTime() + 5 * DAY).toISOString() },
      tags: current.tags,
    } as never);
    expect((await expectCalendar()).past).toContain(ended[3]);
    await approveAndPublish(ended[3]!);
    const moved = await expectCalendar();
    expect(moved.past).not.toContain(ended[3]);
    expect(moved.coming.at(-1)).toBe(ended[3]);
  });
});
