import { gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../http/env.ts';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { addHoliday } from '../../hari-kerja/add-holiday.ts';
import { createInformasi } from '../../informasi/create-informasi.ts';
import { updateInformasi } from '../../informasi/update-informasi.ts';
import { createKonten } from '../../konten/create-konten.ts';
import { getKonten } from '../../konten/get-konten.ts';
import { revisiOf } from '../../konten/load-konten.ts';
import { moveKonten } from '../../konten/move-konten.ts';
import { type PublicationJob, publishScheduled } from '../../konten/publication-job.ts';
import { saveKonten } from '../../konten/save-konten.ts';
import { konten } from '../../konten/schema.ts';
import { addContentTeam, type ContentTeam, doc, saveBody } from '../../konten/test-fixture.ts';
import { loadActor } from '../../org/actor.ts';
import { createBidang } from '../../org/create-bidang.ts';
import { bidang } from '../../org/schema.ts';
import { updateUnit } from '../../org/update-unit.ts';
import { markSiteChanged } from '../site-changed.ts';
import { updateSitePage } from '../update-site-page.ts';
import { pageCacheOf } from './change-feed.ts';
import type { PageCache } from './page-cache.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let cache: PageCache;
// Every day a service day, so a holiday on any date shows as a closure.
const JAM = 'Senin–Minggu: 08.00–16.00';

type Account = Fixture['writerA'];
const as = async (u: Pick<Account, 'id' | 'tenantId' | 'personId' | 'email' | 'displayName' | 'isAdmin'>) => {
  const user: SessionUser = { ...u, totpEnabled: false, mustEnable2fa: false };
  return { user, actor: await loadActor(w.services.db, user) };
};

beforeAll(async () => {
  w = await startTestWarta({ WARTA_PAGE_CACHE_MB: '8' });
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
  cache = pageCacheOf(w.services.db) as PageCache;
});
afterAll(() => w.stop());

const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers: { host: 'ujiprov.go.id', ...headers } });
const html = async (path: string) => (await get(path)).text();

/**
 * Reads a page, then again until an answer comes from the cache, each answer the same body. On
 * PostgreSQL the tenant is held after a change until its announcement arrives on the LISTEN
 * connection (a few ms); meanwhile pages are rendered afresh, never served stale.
 */
async function cached(path: string): Promise<string> {
  const first = await html(path);
  for (let i = 0; i < 100; i++) {
    const hits = cache.hits;
    expect(await html(path)).toBe(first);
    if (cache.hits === hits + 1) return first;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${path} never came from the cache`);
}

/** A news item of unit A (bidang Umum), approved (as the workflow leaves it) and published. */
async function published(judul: string) {
  const d = await draft(judul);
  await approve(d.item.id);
  const pub = await as(team.publisher);
  const detail = await moveKonten(w.services, pub.user, pub.actor, d.item.id, { ke: 'terbit' });
  return { id: d.item.id, path: `/dinas-a/berita/umum/${detail.item.slug}` };
}

async function draft(judul: string) {
  const writer = await as(f.writerA);
  const [umum] = await w.services.db
    .select()
    .from(bidang)
    .where(and(eq(bidang.unitId, f.unitA.id), eq(bidang.slug, 'umum')));
  return createKonten(w.services, writer.user, writer.actor, {
    unitId: f.unitA.id,
    jenis: 'berita',
    judul,
    ringkasan: '',
    isi: doc('Isi.'),
    atribut: {},
    tags: [],
    bidangId: umum!.id,
  } as never);
}

/** The head's approval of the current revision, as the workflow writes it (not a public change). */
async function approve(id: string) {
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
  const rev = await revisiOf(w.services.db, id, row!.currentRevisionId as string);
  await w.services.db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
    .where(eq(konten.id, id));
}

describe('the page cache', () => {
  it('keeps a public page compressed both ways with a strong ETag per encoding, and answers 304', async () => {
    await get('/dinas-a/ppid');
    const br = await get('/dinas-a/ppid', { 'accept-encoding': 'br, gzip' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const etag = br.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const gz = await get('/dinas-a/ppid', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('etag')).toBe(etag.replace(/-br"$/, '-gz"'));
    const plain = await get('/dinas-a/ppid');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(await plain.text());
    const again = await get('/dinas-a/ppid', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('keys pages by host, path, query and so language', async () => {
    const id = await cached('/dinas-a/ppid');
    const en = await cached('/dinas-a/ppid?lang=en');
    expect(id).toContain('lang="id"');
    expect(en).toContain('lang="en"');
    // The same unit on its own host is another address (other links, no pemda prefix).
    const own = await (await get('/', { host: 'badanb.ujiprov.go.id' })).text();
    expect(own).toContain('Badan Uji B');
  });

  it('never keeps a private page (a request tracking answer) and keeps the request form', async () => {
    const before = cache.size.pages;
    const track = await get('/dinas-a/ppid/permohonan/lacak?nomor=X&token=Y');
    expect(track.headers.get('cache-control')).toBe('no-store');
    await get('/dinas-a/ppid/permohonan/lacak?nomor=X&token=Y');
    expect(cache.size.pages).toBe(before);
    await cached('/dinas-a/ppid/permohonan');
  });

  it('publishing, editing, withdrawing and a scheduled publication each show at once', async () => {
    const listing = '/dinas-a/berita';
    const home = '/dinas-a';
    await cached(listing);
    await cached(home);
    await cached('/');
    const item = await published('Pengumuman Seleksi Pegawai');
    expect(await html(item.path)).toContain('Pengumuman Seleksi Pegawai');
    expect(await cached(listing)).toContain('Pengumuman Seleksi Pegawai');

    // Edit: a new revision under review leaves the live one; published again, the new title shows.
    const writer = await as(f.writerA);
    const detail = await getKonten(w.services.db, writer.actor, item.id);
    await saveKonten(w.services, writer.user, writer.actor, item.id, saveBody(detail, { judul: 'Pengumuman Seleksi Pegawai (Ralat)' }) as never);
    expect(await cached(item.path)).toContain('Pengumuman Seleksi Pegawai');
    await approve(item.id);
    const pub = await as(team.publisher);
    await moveKonten(w.services, pub.user, pub.actor, item.id, { ke: 'terbit' });
    expect(await cached(item.path)).toContain('(Ralat)');
    expect(await cached(listing)).toContain('(Ralat)');

    // Withdrawn: the item page is a 404 and the listing forgets it.
    await moveKonten(w.services, pub.user, pub.actor, item.id, { ke: 'ditarik', catatan: 'Ditarik untuk ralat.' });
    expect((await get(item.path)).status).toBe(404);
    expect(await cached(listing)).not.toContain('(Ralat)');

    // Scheduled: the job firing publishes it, and the cached listing shows it.
    const later = await draft('Jadwal Layanan Libur Akhir Tahun');
    await approve(later.item.id);
    const at = new Date(Date.now() + 120_000);
    await moveKonten(w.services, pub.user, pub.actor, later.item.id, { ke: 'dijadwalkan', jadwal: at });
    expect(await cached(listing)).not.toContain('Jadwal Layanan Libur');
    const [row] = await w.services.db.select().from(konten).where(eq(konten.id, later.item.id));
    const job: PublicationJob = { kontenId: later.item.id, revisionId: row!.approvedRevisionId as string, at: at.toISOString() };
    expect(await publishScheduled(w.services, job, new Date(at.getTime() + 1000))).toBe(true);
    expect(await cached(listing)).toContain('Jadwal Layanan Libur');
    expect(await cached(home)).toContain('Jadwal Layanan Libur');
  });

  it('a site page, a bidang and a unit change show at once; a unit change reaches the pemda and other units', async () => {
    const admin = await as(f.admin);
    await cached('/dinas-a/profil/sejarah');
    await updateSitePage(w.services.db, { unit: f.unitA, slug: 'sejarah', title: 'Sejarah', body: 'Berdiri sejak 1959 di Kota Uji.', user: admin.user });
    expect(await cached('/dinas-a/profil/sejarah')).toContain('Berdiri sejak 1959');

    await cached('/dinas-a/berita');
    await createBidang(w.services, admin.user, admin.actor, f.unitA.id, { slug: 'ekonomi', name: 'Bidang Ekonomi Kreatif', sortOrder: 5 } as never);
    expect(await cached('/dinas-a/berita')).toContain('Bidang Ekonomi Kreatif');

    await cached('/');
    await cached('/badan-b');
    await updateUnit(w.services, admin.user, f.unitA.id, { name: 'Dinas Uji A Baru' });
    expect(await cached('/dinas-a')).toContain('Dinas Uji A Baru');
    expect(await cached('/')).toContain('Dinas Uji A Baru');
    await updateUnit(w.services, admin.user, f.unitA.id, { name: 'Dinas Uji A' });
  });

  it('a DIP change shows at once on the list, and another unit keeps its pages', async () => {
    const ppid = await as(f.admin);
    await cached('/dinas-a/ppid/dip');
    await cached('/badan-b/ppid/dip');
    const item = await createInformasi(w.services, ppid.user, ppid.actor, f.unitA.id, {
      klasifikasi: 'setiap_saat',
      judul: 'Daftar Aset Kendaraan Dinas',
      ringkasan: 'Rekap kendaraan dinas.',
      penguasaInformasi: 'Subbagian Umum',
      bentuk: 'keduanya',
      tautan: [],
      tanggalTerbit: '2026-01-05',
    } as never);
    expect(await cached('/dinas-a/ppid/dip')).toContain('Daftar Aset Kendaraan Dinas');
    await updateInformasi(w.services, ppid.user, ppid.actor, item.id, { judul: 'Daftar Aset Kendaraan Operasional' } as never);
    expect(await cached('/dinas-a/ppid/dip')).toContain('Daftar Aset Kendaraan Operasional');
    // Unit B's page was not touched by unit A's changes: still a hit.
    const bHits = cache.hits;
    await html('/badan-b/ppid/dip');
    expect(cache.hits).toBe(bHits + 1);
  });

  it('a holiday (the calendar) changes the service-hours page', async () => {
    const admin = await as(f.admin);
    await updateSitePage(w.services.db, { unit: f.unitA, slug: 'ppid-jam-layanan', title: 'Jam Layanan Informasi', body: JAM, user: admin.user });
    expect(await cached('/dinas-a/ppid/jam-layanan')).toContain('08.00');
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await addHoliday(w.services, admin.user, admin.actor, { date, type: 'lokal', name: 'Hari Jadi Kota Uji', source: 'uji' } as never);
    expect(await cached('/dinas-a/ppid/jam-layanan')).toContain('Hari Jadi Kota Uji');
  });

  it('a change that rolls back drops nothing and is never announced', async () => {
    const before = await cached('/dinas-a/ppid/dip');
    await expect(
      w.services.db.transaction(async (tx) => {
        await markSiteChanged(tx, { tenantId: f.tenant.id, unitId: f.unitA.id, reason: 'uji' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // Held (not served from the cache) until the announcement that never comes times out; still correct.
    expect(await html('/dinas-a/ppid/dip')).toBe(before);
  });
});
