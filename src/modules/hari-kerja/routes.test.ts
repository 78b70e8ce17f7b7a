import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRouter } from '../../http/api-router.ts';
import type { AppEnv } from '../../http/env.ts';
import { csrf } from '../../http/middleware/csrf.ts';
import { handleError } from '../../http/middleware/errors.ts';
import { language } from '../../http/middleware/lang.ts';
import { session } from '../../http/middleware/session.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { type CalendarChange, onCalendarChanged } from './calendar-changed.ts';
import { registerHariKerjaApi } from './routes.ts';
import { seedHolidays } from './seed-holidays.ts';

let w: TestWarta;
let f: Fixture;
let app: Hono<AppEnv>;
const changes: CalendarChange[] = [];
let unsubscribe: () => void;

// The module is not wired into app.ts yet: this app carries the same middleware as app.ts.
function hariKerjaApp(services: TestWarta['services']): Hono<AppEnv> {
  const root = new Hono<AppEnv>();
  root.use(async (c, next) => {
    c.set('services', services);
    await next();
  });
  root.use(language());
  root.use(session());
  root.use(csrf());
  root.onError(handleError);
  const api = new Hono<AppEnv>();
  registerHariKerjaApi(new ApiRouter(api, 'hari-kerja'));
  root.route('/api', api);
  return root;
}

/** A client on the hari-kerja app, signed in through the full app (sessions live in the database). */
async function as(email?: string): Promise<TestClient> {
  const client = new TestClient(app);
  if (email) {
    const full = new TestClient(w.app);
    expect((await full.signIn(email, PASSWORD)).status).toBe(200);
    client.cookie = full.cookie;
    client.csrf = full.csrf;
  }
  return client;
}

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await seedHolidays(w.services.db);
  app = hariKerjaApp(w.services);
  unsubscribe = onCalendarChanged((change) => {
    changes.push(change);
  });
});
afterAll(async () => {
  unsubscribe();
  await w.stop();
});

const auditRows = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('seeding', () => {
  it('is idempotent: a second start adds nothing', async () => {
    expect(await seedHolidays(w.services.db)).toEqual({ holidays: 0, years: [] });
    const list = await (await as(f.writerA.email)).get('/api/hari-kerja/libur?tahun=2025');
    // 17 libur nasional + 10 cuti bersama + 18 August.
    expect(list.body.libur).toHaveLength(28);
  });
});

describe('GET /api/hari-kerja/jatuh-tempo', () => {
  it('computes the due date over the Idul Fitri 2025 block with every skipped date and its reason', async () => {
    const res = await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2025-03-27&hari=10');
    expect(res.status).toBe(200);
    // Hand count in count-working-days.test.ts: Thu 27 Mar + 10 working days = Tue 22 Apr.
    expect(res.body.jatuhTempo).toBe('2025-04-22');
    expect(res.body.dilewati).toHaveLength(16);
    expect(res.body.dilewati[3]).toEqual({
      tanggal: '2025-03-31',
      alasan: 'Hari Raya Idul Fitri 1446 Hijriah',
      jenis: 'libur_nasional',
      sumber: expect.stringContaining('Nomor 1017 Tahun 2024'),
    });
    expect(res.body.dilewati[2]).toEqual({ tanggal: '2025-03-30', alasan: 'Minggu', jenis: 'akhir_pekan', sumber: null });
  });

  it('takes the local date of an instant in the asked zone, or the tenant’s zone (WITA) by default', async () => {
    const client = await as();
    // 2025-12-23T16:59Z: 23:59 WIB on Tue 23 Dec → Wed 24 = day 1.
    const wib = await client.get('/api/hari-kerja/jatuh-tempo?mulai=2025-12-23T16:59:00Z&hari=1&tz=Asia/Jakarta');
    expect(wib.body).toMatchObject({ mulai: '2025-12-23', jatuhTempo: '2025-12-24', dilewati: [] });
    // The same instant is 01:59 WIT on Wed 24 Dec → (25 Natal, 26 cuti, 27, 28) → Mon 29.
    const wit = await client.get('/api/hari-kerja/jatuh-tempo?mulai=2025-12-23T16:59:00Z&hari=1&tz=Asia/Jayapura');
    expect(wit.body).toMatchObject({ mulai: '2025-12-24', jatuhTempo: '2025-12-29' });
    const tenant = await client.get(`/api/hari-kerja/jatuh-tempo?mulai=${encodeURIComponent('2025-12-24T00:59:00+08:00')}&hari=1`);
    expect(tenant.body).toMatchObject({ tz: 'Asia/Makassar', mulai: '2025-12-24', jatuhTempo: '2025-12-29' });
  });

  it('answers 400 naming the field for a bad date, day count or zone', async () => {
    const client = await as();
    const bad = async (query: string, field: string) => {
      const res = await client.get(`/api/hari-kerja/jatuh-tempo?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.field, query).toBe(field);
      return res;
    };
    expect((await bad('mulai=2025-02-30&hari=10', 'mulai')).body.message).toContain('TTTT-BB-HH');
    await bad('mulai=2025-03-27T15:30:00&hari=10', 'mulai'); // an instant without its zone is ambiguous
    await bad('hari=10', 'mulai');
    await bad('mulai=2025-03-27&hari=101', 'hari');
    await bad('mulai=2025-03-27&hari=-1', 'hari');
    await bad('mulai=2025-03-27&hari=sepuluh', 'hari');
    await bad('mulai=2025-03-27', 'hari');
    await bad('mulai=2025-03-27&hari=10&tz=Europe/Berlin', 'tz');
  });

  it('refuses with 400 naming the year when the count runs into a year without a calendar', async () => {
    const res = await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2023-12-28&hari=3');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'mulai' });
    expect(res.body.message).toContain('tahun 2023');
  });
});

describe('holiday admin', () => {
  let localId: string;

  it('lists a year for staff only', async () => {
    expect((await (await as()).get('/api/hari-kerja/libur?tahun=2026')).status).toBe(401);
    expect((await (await as(f.outsider.email)).get('/api/hari-kerja/libur?tahun=2026')).status).toBe(403);
    const bad = await (await as(f.writerA.email)).get('/api/hari-kerja/libur?tahun=20x6');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('tahun');
    const ok = await (await as(f.writerA.email)).get('/api/hari-kerja/libur?tahun=2026');
    expect(ok.status).toBe(200);
    expect(ok.body.libur).toHaveLength(25);
    expect(ok.body.libur.at(-2)).toMatchObject({ date: '2026-12-24', type: 'cuti_bersama', tenantId: null });
  });

  it('lets only an admin add a closure, audited, and deadlines follow it', async () => {
    const closure = { tanggal: '2025-05-21', jenis: 'lokal', nama: 'Hari jadi Provinsi Uji', sumber: 'Keputusan Gubernur Uji Nomor 12 Tahun 2025' };
    expect((await (await as()).post('/api/hari-kerja/libur', closure)).status).toBe(401);
    expect((await (await as(f.headA.email)).post('/api/hari-kerja/libur', closure)).status).toBe(403);
    const admin = await as(f.admin.email);
    const noSource = await admin.post('/api/hari-kerja/libur', { ...closure, sumber: '' });
    expect(noSource.status).toBe(400);
    expect(noSource.body.field).toBe('sumber');
    const badDate = await admin.post('/api/hari-kerja/libur', { ...closure, tanggal: '2025-05-32' });
    expect(badDate.body.field).toBe('tanggal');
    expect((await admin.post('/api/hari-kerja/libur', { ...closure, jenis: 'libur' })).body.field).toBe('jenis');

    const created = await admin.post('/api/hari-kerja/libur', closure);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ date: '2025-05-21', type: 'lokal', tenantId: f.tenant.id, createdBy: f.admin.id });
    localId = created.body.id;
    expect(await auditRows('holiday.created', localId)).toHaveLength(1);
    expect(changes.at(-1)).toEqual({ tenantId: f.tenant.id, dates: ['2025-05-21'], action: 'added' });
    expect((await admin.post('/api/hari-kerja/libur', closure)).status).toBe(409);

    // Fri 2 May + 11 working days was Wed 21 May; with the closure it is Thu 22 May.
    const due = await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2025-05-02&hari=11');
    expect(due.body.jatuhTempo).toBe('2025-05-22');
    expect(due.body.dilewati.at(-1)).toMatchObject({ tanggal: '2025-05-21', jenis: 'lokal', sumber: closure.sumber });
  });

  it('lets only an admin delete an entered date, audited; shipped rows are refused', async () => {
    expect((await (await as()).delete(`/api/hari-kerja/libur/${localId}`)).status).toBe(401);
    expect((await (await as(f.writerA.email)).delete(`/api/hari-kerja/libur/${localId}`)).status).toBe(403);
    const admin = await as(f.admin.email);
    const badId = await admin.delete('/api/hari-kerja/libur/bukan-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.field).toBe('id');
    expect((await admin.delete('/api/hari-kerja/libur/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const shipped = (await admin.get('/api/hari-kerja/libur?tahun=2025')).body.libur.find((h: { date: string }) => h.date === '2025-03-31');
    expect((await admin.delete(`/api/hari-kerja/libur/${shipped.id}`)).status).toBe(409);

    const res = await admin.delete(`/api/hari-kerja/libur/${localId}`);
    expect(res.status).toBe(200);
    expect(await auditRows('holiday.deleted', localId)).toHaveLength(1);
    expect(changes.at(-1)).toEqual({ tenantId: f.tenant.id, dates: ['2025-05-21'], action: 'removed' });
    expect((await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2025-05-02&hari=11')).body.jatuhTempo).toBe('2025-05-21');
  });

  it('counts into a new year only once an admin has entered it and declared it complete', async () => {
    const admin = await as(f.admin.email);
    const newYear = {
      tanggal: '2028-01-01',
      jenis: 'libur_nasional',
      nama: 'Tahun Baru 2028 Masehi',
      sumber: 'SKB Nomor 9 Tahun 2027, Nomor 9 Tahun 2027, Nomor 9 Tahun 2027 (uji)',
    };
    const added = await admin.post('/api/hari-kerja/libur', newYear);
    expect(added.body.tenantId).toBeNull();
    expect(changes.at(-1)).toMatchObject({ tenantId: null, action: 'added' });
    // A single entered date does not make 2028 known.
    expect((await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2027-12-27&hari=5')).status).toBe(400);

    const body = { sumber: newYear.sumber };
    expect((await (await as()).put('/api/hari-kerja/tahun/2028', body)).status).toBe(401);
    expect((await (await as(f.headA.email)).put('/api/hari-kerja/tahun/2028', body)).status).toBe(403);
    expect((await admin.put('/api/hari-kerja/tahun/28', body)).body.field).toBe('tahun');
    expect((await admin.put('/api/hari-kerja/tahun/2028', {})).body.field).toBe('sumber');
    const done = await admin.put('/api/hari-kerja/tahun/2028', body);
    expect(done.status).toBe(200);
    expect(await auditRows('holiday_year.completed', '2028')).toHaveLength(1);
    expect((await admin.put('/api/hari-kerja/tahun/2028', body)).status).toBe(409);

    // Mon 27 Dec 2027 is day 0: Tue 28 =1, Wed 29 =2, Thu 30 =3, Fri 31 =4,
    // (Sat 1 Jan 2028 Tahun Baru, Sun 2), Mon 3 Jan =5.
    expect((await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2027-12-27&hari=5')).body.jatuhTempo).toBe('2028-01-03');
  });

  it('counts over the 2027 SKB: the issue date of 20 December 2026 lands after Natal and the new year', async () => {
    // Sun 20 Dec 2026 is day 0: Mon 21 =1, Tue 22 =2, Wed 23 =3, (Thu 24 cuti bersama, Fri 25 Natal,
    // Sat 26, Sun 27), Mon 28 =4, Tue 29 =5, Wed 30 =6, Thu 31 =7, (Fri 1 Jan 2027 Tahun Baru, Sat 2,
    // Sun 3), Mon 4 =8, (Tue 5 Isra Mikraj), Wed 6 =9, Thu 7 =10.
    const res = await (await as()).get('/api/hari-kerja/jatuh-tempo?mulai=2026-12-20&hari=10');
    expect(res.status).toBe(200);
    expect(res.body.jatuhTempo).toBe('2027-01-07');
  });
});

describe('GET /api/hari-kerja/status', () => {
  it('needs a staff session and lists the complete years', async () => {
    expect((await (await as()).get('/api/hari-kerja/status')).status).toBe(401);
    expect((await (await as(f.outsider.email)).get('/api/hari-kerja/status')).status).toBe(403);
    const res = await (await as(f.writerA.email)).get('/api/hari-kerja/status');
    expect(res.status).toBe(200);
    expect(res.body.tahun.map((y: { tahun: number }) => y.tahun)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(res.body.tahun[1].sumber).toContain('Nomor 1017 Tahun 2024');
    expect(res.body.hariIni).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('rate limit', () => {
  it('answers 429 after 60 deadline requests a minute from one address', async () => {
    const client = await as();
    let last = 0;
    for (let i = 0; i < 61 && last !== 429; i++) last = (await client.get('/api/hari-kerja/jatuh-tempo?mulai=2025-01-02&hari=1')).status;
    expect(last).toBe(429);
  });
});
