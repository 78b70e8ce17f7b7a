import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditKeyOf } from '../audit/audit-key.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { teamRoles } from '../org/roles.ts';
import { profileSlugs } from '../site/profile-pages.ts';
import { DEMO_PASSWORD, demoPages, demoPeople, demoTenant, demoUnits } from './demo-data.ts';
import { demoPastRequests } from './demo-past-requests.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
});
afterAll(() => w.stop());

describe('demo seed', () => {
  // Seeding the whole demo (accounts, PPID, content through its workflow) takes seconds, more on a busy machine.
  it('fills an empty installation once, with an account for every team role, all audited', async () => {
    const first = await seedDemoIfEmpty(w.services);
    expect(first?.logins).toHaveLength(demoPeople.length + 1);
    expect(new Set(demoPeople.map((p) => p.role))).toEqual(new Set(teamRoles));

    const admin = new TestClient(w.app);
    expect((await admin.signIn('admin@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    const me = await admin.get('/api/auth/me');
    expect(me.body.tenant).toMatchObject({ name: 'Pemerintah Provinsi Nusa Lontar', timeZone: 'Asia/Makassar' });
    const units = await admin.get('/api/units');
    expect(units.body.items.map((u: { slug: string }) => u.slug).sort()).toEqual(['bpsdmd', 'dinas-pupr', 'diskominfo']);

    const head = new TestClient(w.app);
    expect((await head.signIn('kepala@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    expect((await head.get('/api/auth/me')).body.roles).toEqual([expect.objectContaining({ role: 'penanggung_jawab' })]);

    const again = await seedDemoIfEmpty(w.services);
    expect(again?.logins).toEqual(first?.logins);
    expect((await admin.get('/api/units')).body.items).toHaveLength(3);
    expect(await verifyAuditChain(w.services.db, auditKeyOf(w.services.secrets))).toMatchObject({ ok: true });
    // Every section of every unit's site is filled too (demo-situs.ts): a few minutes on a loaded machine.
  }, 300_000);

  it('gives the PPID portal something to show: information lists, service standards, a register and e-Monev', async () => {
    const page = async (path: string) => (await w.app.request(path, { headers: { host: 'nusalontar.example' } })).text();
    // 25 a page: the recent requests, registered last, are on the second.
    const register = (await page('/bpsdmd/ppid/register')) + (await page('/bpsdmd/ppid/register?halaman=2'));
    // The dozen recent requests (8 of BPSDMD, 4 of Diskominfo) and the past quarters' of this year.
    const today = localDateOf(new Date(), demoTenant.timeZone);
    const pastThisYear = (unit: string) => demoPastRequests(today).filter((r) => r.unit === unit && r.receivedOn.startsWith(today.slice(0, 4))).length;
    expect(register).toContain(`(${8 + pastThisYear('bpsdmd')} permohonan)</caption>`);
    for (const status of [
      'Dikabulkan seluruhnya',
      'Dikabulkan sebagian',
      'Ditolak',
      'Diteruskan',
      'Ditarik oleh pemohon',
      'Diperpanjang',
      'Sedang diproses',
      'Terdaftar',
    ]) {
      expect(register, status).toContain(`<td data-label="Status">${status}</td>`);
    }
    // The refused request carries the demo's one objection; no requester's name reaches the page.
    expect(register).not.toContain('Gabriel Nome');
    expect(await page('/diskominfo/ppid/register')).toContain(`(${4 + pastThisYear('diskominfo')} permohonan)</caption>`);
    expect(await page('/bpsdmd/ppid/dip')).toContain('Laporan Realisasi Anggaran Semester I');
    expect(await page('/bpsdmd/ppid/dik')).toContain('Soal dan Kunci Jawaban Ujian Pelatihan Dasar');
    expect(await page('/bpsdmd/ppid/maklumat')).toContain('sanggup menyelenggarakan pelayanan informasi publik');
    expect(await page('/bpsdmd/ppid/sop')).toContain('<h2 id="sop-3">SOP Penetapan Informasi yang Dikecualikan</h2>');
    expect(await page('/bpsdmd/ppid/jam-layanan')).toContain('<th scope="row">Senin–Kamis</th>');

    const ppid = new TestClient(w.app);
    expect((await ppid.signIn('ppid-pelaksana@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    const units = (await ppid.get('/api/units')).body.items as Array<{ id: string; slug: string }>;
    const bpsdmd = units.find((u) => u.slug === 'bpsdmd')!;
    const emonev = await ppid.get(`/api/units/${bpsdmd.id}/emonev`);
    const present = Object.fromEntries(emonev.body.items.map((e: { id: string; present: boolean }) => [e.id, e.present]));
    expect(present).toMatchObject({
      dip: true,
      berkala: true,
      serta_merta: true,
      setiap_saat: true,
      dik: true,
      maklumat: true,
      sop: true,
      jam_layanan: true,
      sk_ppid: true,
    });
  });

  it('gives the demo crew an assignment for tomorrow on their home screen, and the unit a plan for this month', async () => {
    const today = localDateOf(new Date(), demoTenant.timeZone);
    for (const key of ['kameramen', 'kontributor', 'editor-video']) {
      const crew = new TestClient(w.app);
      expect((await crew.signIn(`${key}@nusalontar.example`, DEMO_PASSWORD)).status).toBe(200);
      const home = await crew.get('/api/beranda');
      expect(home.body.liputan.besok, key).toBe(1);
    }
    const editor = new TestClient(w.app);
    await editor.signIn('editor@nusalontar.example', DEMO_PASSWORD);
    const me = await editor.get('/api/auth/me');
    const unitId = me.body.roles[0].unitId;
    const month = today.slice(0, 8);
    const next = new Date(`${month}01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const plan = await editor.get(`/api/units/${unitId}/rencana?dari=${month}01&sampai=${next.toISOString().slice(0, 10)}`);
    expect(plan.body.items.length).toBeGreaterThanOrEqual(5);
  });

  it('fills every Profil page of every demo unit with its own text', async () => {
    for (const unit of demoUnits) {
      for (const slug of profileSlugs) {
        const page = demoPages[unit.slug]?.find((p) => p.slug === slug);
        expect(page, `${unit.slug}/${slug}`).toBeDefined();
        const html = await (await w.app.request(`/${unit.slug}/profil/${slug}`, { headers: { host: 'nusalontar.example' } })).text();
        expect(html, `${unit.slug}/${slug}`).toContain(`<h1`);
        // The first sentence of the demo text, as the page escapes it.
        const firstWords = page!.body
          .replace(/^## .*\n+/, '')
          .split(/[.;:\n]/)[0]!
          .replace(/^- /, '')
          .replace(/\*\*/g, '')
          .slice(0, 30);
        expect(html, `${unit.slug}/${slug}`).toContain(firstWords);
      }
    }
  });

  it('gives the public KIP reports the two finished quarters before the first start', async () => {
    const today = localDateOf(new Date(), demoTenant.timeZone);
    const month = Number(today.slice(5, 7));
    const q = Math.floor((month - 1) / 3);
    const [year, quarter] = q === 0 ? [Number(today.slice(0, 4)) - 1, 4] : [Number(today.slice(0, 4)), q];
    const from = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    const to = `${year}-${String(quarter * 3).padStart(2, '0')}-31`;
    const inQuarter = demoPastRequests(today).filter((r) => r.unit === 'bpsdmd' && r.receivedOn >= from && r.receivedOn <= to).length;
    expect(inQuarter).toBe(10);
    const res = await w.app.request(`/bpsdmd/ppid/laporan/${year}/tw${quarter}`, { headers: { host: 'nusalontar.example' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    // The total row of the channel table counts every request of the quarter.
    expect(html).toMatch(new RegExp(`<th scope="row">Jumlah</th><td class="num">${inQuarter}</td>`));
  });
});

describe('demo content', () => {
  const site = async (path: string) => (await w.app.request(path, { headers: { host: 'nusalontar.example' } })).text();
  const signedIn = async (key: string) => {
    const client = new TestClient(w.app);
    expect((await client.signIn(`${key}@nusalontar.example`, DEMO_PASSWORD)).status).toBe(200);
    return client;
  };
  const waiting = async (key: string, status: string) => (await (await signedIn(key)).get(`/api/konten?status=${status}`)).body;

  it('publishes at least four news items in every unit, spread over past weeks, and an article with its byline', async () => {
    for (const unit of demoUnits) {
      const html = await site(`/${unit.slug}/berita`);
      expect(html.match(/<li class="kabar/g)?.length ?? 0, unit.slug).toBeGreaterThanOrEqual(4);
      const days = new Set([...html.matchAll(/<time datetime="(\d{4}-\d\d-\d\d)/g)].map((m) => m[1]));
      expect(days.size, unit.slug).toBeGreaterThanOrEqual(4);
      expect(await site(`/${unit.slug}`)).toContain('<h2 id="berita-terbaru">Berita terbaru</h2><ol class="kabar-list">');
    }
    const articles = await site('/bpsdmd/artikel');
    expect(articles).toContain('Belajar dari Aksi Perubahan');
    expect(articles).toContain('Oleh Maria Imakulata Seran, S.Pd');
    // Nothing that is not live reaches the site: not the item waiting for the head, nor tomorrow's.
    const news = await site('/bpsdmd/berita');
    expect(news).not.toContain('Alumni Pelatihan Dasar Terapkan Aktualisasi');
    expect(news).not.toContain('Pelatihan Pengelolaan Arsip Dinamis');
  });

  it("shows photos on every unit's published news: a cover in the list, the cover and a photo in the text on the item, served to anyone", async () => {
    for (const unit of demoUnits) {
      const html = await site(`/${unit.slug}/berita`);
      const covers = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      expect(covers.length, unit.slug).toBeGreaterThanOrEqual(4);
      for (const img of covers) {
        expect(img, unit.slug).toMatch(/alt="Ilustrasi [^"]+"/);
        expect(img, unit.slug).toMatch(/width="\d+" height="\d+"/);
      }
      expect(html, unit.slug).toMatch(/srcset="\/media\/[0-9a-f-]{36}\/320\.webp 320w/);
      const link = html.match(/<a href="(\/[^"]+\/berita\/[^"]+\/[^"]+)"/)?.[1];
      expect(link, unit.slug).toBeDefined();
      const item = await site(link!);
      const ids = new Set([...item.matchAll(/\/media\/([0-9a-f-]{36})\//g)].map((m) => m[1]));
      // The cover and the other photo of the unit, in the text with its caption and credit.
      expect(ids.size, link).toBe(2);
      expect(item, link).toContain('(ilustrasi).');
      expect(item, link).toContain('Ilustrasi: Tim ');
      const src = item.match(/src="(\/media\/[^"]+)"/)![1]!;
      const file = await w.app.request(src, { headers: { host: 'nusalontar.example' } });
      expect(file.status, src).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
    }
  });

  it('shows something in every section of every demo unit: events to come, announcements, a document, a gallery, a video', async () => {
    for (const unit of demoUnits) {
      const u = unit.slug;
      const home = await site(`/${u}`);
      expect(home, u).toMatch(/<h2 id="agenda-mendatang">Agenda mendatang<\/h2><ol class="kabar-list agenda-list">/);
      expect(home, u).toMatch(/<h2 id="pengumuman-terbaru">Pengumuman terbaru<\/h2><ol class="kabar-list">/);
      for (const section of ['kalender', 'pengumuman', 'galeri', 'video']) {
        expect(await site(`/${u}/${section}`), `${u}/${section}`).toContain('<li class="kabar');
      }
      const ics = await site(`/${u}/kalender.ics`);
      expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0, u).toBeGreaterThanOrEqual(2);
      const publikasi = await Promise.all(['materi', 'peraturan', 'proyek-perubahan'].map((k) => site(`/${u}/publikasi/${k}`)));
      const link = publikasi.join('').match(/<h2><a href="(\/[^"]+\/publikasi\/[^"]+)">/)?.[1];
      expect(link, u).toBeDefined();
      const item = await site(link!);
      expect(item, link).toMatch(/download="">Unduh [^<]+\.pdf<\/a> <small>\(PDF, [\d,]+ (B|KB)\)<\/small>/);
      const file = await w.app.request(item.match(/href="([^"]+\/berkas\/[^"]+)"/)![1]!, { headers: { host: 'nusalontar.example' } });
      expect(file.headers.get('content-type'), link).toBe('application/pdf');
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, 5)
          .toString(),
        link,
      ).toBe('%PDF-');
    }
  });

  it('keeps the published text of an item edited after publication while the edit is reviewed', async () => {
    const html = await site('/bpsdmd/berita/teknis/widyaiswara-susun-kurikulum-pembelajaran-daring-untuk-pelatihan-teknis');
    expect(html).toContain('<h1>Widyaiswara Susun Kurikulum Pembelajaran Daring untuk Pelatihan Teknis</h1>');
    expect(html).not.toContain('Modul pertama dibuka bulan depan.');
    const review = await waiting('redaktur', 'ditinjau');
    const edited = review.items.find((i: { judul: string }) => i.judul.startsWith('Widyaiswara Susun'));
    expect(edited).toMatchObject({ isLive: true, status: 'ditinjau' });
  });

  it('leaves work waiting for every content role when it signs in', async () => {
    // "Tugas saya" on the admin's home: each hand-off of the workflow has something in it.
    const blocks: Array<[string, string]> = [
      ['redaktur', 'untukDitinjau'],
      ['kepala', 'untukDisetujui'],
      ['pj-diskominfo', 'untukDisetujui'],
      ['pj-pupr', 'untukDisetujui'],
      ['admin-medsos', 'untukDiterbitkan'],
      ['medsos-diskominfo', 'untukDiterbitkan'],
      ['medsos-pupr', 'untukDiterbitkan'],
      ['kontributor', 'dikembalikan'],
      ['koordinator-mc', 'mediaCenterKeputusan'],
      ['admin-pendamping', 'mediaCenterTerbit'],
    ];
    for (const [key, block] of blocks) {
      const home = (await (await signedIn(key)).get('/api/beranda')).body;
      expect(home.konten[block]?.count, `${key}: ${block}`).toBeGreaterThanOrEqual(1);
    }
    expect((await waiting('redaktur', 'diajukan')).total).toBeGreaterThanOrEqual(1);
    expect((await waiting('kepala', 'menunggu_persetujuan')).total).toBeGreaterThanOrEqual(1);
    expect((await waiting('admin-medsos', 'disetujui')).total).toBeGreaterThanOrEqual(1);
    for (const key of ['pj-diskominfo', 'pj-pupr']) expect((await waiting(key, 'menunggu_persetujuan')).total, key).toBeGreaterThanOrEqual(1);
    for (const key of ['medsos-diskominfo', 'medsos-pupr']) expect((await waiting(key, 'disetujui')).total, key).toBeGreaterThanOrEqual(1);
    for (const key of ['editor', 'editor-video', 'kameramen']) expect((await waiting(key, 'draf')).total, key).toBeGreaterThanOrEqual(1);

    const kontributor = await signedIn('kontributor');
    const returned = (await kontributor.get('/api/konten?status=dikembalikan')).body.items;
    expect(returned).toHaveLength(1);
    const history = (await kontributor.get(`/api/konten/${returned[0].id}/riwayat`)).body.items;
    expect(history.at(-1)).toMatchObject({ to: 'dikembalikan', note: expect.stringContaining('FBS butir 8') });

    const scheduled = (await waiting('admin-medsos', 'dijadwalkan')).items;
    expect(scheduled).toHaveLength(1);
    const tomorrow = addDays(localDateOf(new Date(), demoTenant.timeZone), 1);
    expect(new Date(scheduled[0].scheduledAt).toISOString()).toBe(new Date(`${tomorrow}T08:00:00+08:00`).toISOString());

    expect((await (await signedIn('koordinator-mc')).get('/api/media-center?status=diusulkan')).body.items.length).toBeGreaterThanOrEqual(1);
    expect((await (await signedIn('admin-pendamping')).get('/api/media-center?status=diterima')).body.items.length).toBeGreaterThanOrEqual(1);
  });
  it('lists the demo BPSDMD’s alumni by programme and year, and its news can be searched', async () => {
    const alumni = await site('/bpsdmd/alumni');
    expect(alumni).toContain('<h2>Diklat PIM Tk. IV</h2>');
    expect(alumni).toContain('Tahun 2025 (12 peserta)');
    const year = await site('/bpsdmd/alumni?program=Latsar+CPNS+Golongan+III&tahun=2024');
    expect(year.match(/<tr>/g)?.length).toBe(15);
    expect(await site('/bpsdmd/cari?q=pelatihan')).toContain('hasil ditemukan.');
  });
});
