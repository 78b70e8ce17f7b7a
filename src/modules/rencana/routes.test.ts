import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { parseContentLine, unescapeText, unfoldLines } from '../hari-kerja/ical-lines.ts';
import { parseIcal } from '../hari-kerja/parse-ical.ts';
import { addMember, type Member, setTenantZone, signedIn } from '../liputan/test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let redaktur: Member;
let kameramen: Member;
let evaluator: Member;
let headB: Member;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  redaktur = await addMember(w, f, 'redaktur-a', f.unitA.id, 'redaktur');
  kameramen = await addMember(w, f, 'kameramen-a', f.unitA.id, 'kameramen');
  evaluator = await addMember(w, f, 'evaluator', f.unitB.id, 'evaluator');
  headB = await addMember(w, f, 'kepala-b', f.unitB.id, 'penanggung_jawab');
});
afterAll(() => w.stop());

const item = (over: Record<string, unknown> = {}) => ({
  judul: 'Liputan pelantikan pejabat fungsional',
  tema: 'Reformasi birokrasi',
  tanggal: '2026-12-08',
  jam: '09:30',
  platform: ['website', 'instagram'],
  jenis: 'berita',
  catatan: 'Foto; rilis sore hari',
  ...over,
});
const audits = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('the editorial plan API', () => {
  it('adds a plan item: 401 signed out, 403 outside the planners, 400 on bad input, 201 audited', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.post(`/api/units/${f.unitA.id}/rencana`, item())).status).toBe(401);
    const cam = await signedIn(w, kameramen.email);
    expect((await cam.post(`/api/units/${f.unitA.id}/rencana`, item())).status).toBe(403);
    const other = await signedIn(w, headB.email);
    expect((await other.post(`/api/units/${f.unitA.id}/rencana`, item())).status).toBe(403);
    const red = await signedIn(w, redaktur.email);
    const badTime = await red.post(`/api/units/${f.unitA.id}/rencana`, item({ jam: '25:00' }));
    expect([badTime.status, badTime.body.field, badTime.body.message]).toEqual([400, 'jam', 'Jam ditulis JJ:MM, misalnya 09:30.']);
    expect((await red.post(`/api/units/${f.unitA.id}/rencana`, item({ platform: ['friendster'] }))).body.field).toBe('platform.0');
    const outsiderOwner = await red.post(`/api/units/${f.unitA.id}/rencana`, item({ pemilikPersonId: headB.personId }));
    expect([outsiderOwner.status, outsiderOwner.body.field]).toEqual([400, 'pemilikPersonId']);
    const created = await red.post(`/api/units/${f.unitA.id}/rencana`, item({ pemilikPersonId: kameramen.personId }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'direncanakan', jam: '09:30', bisaUbah: true, langkah: ['terlaksana', 'dibatalkan'] });
    expect(await audits('rencana.created', created.body.id)).toHaveLength(1);
  });

  it('lists a period: the team and the evaluator read, others 403, a bad period 400', async () => {
    const red = await signedIn(w, redaktur.email);
    await red.post(`/api/units/${f.unitA.id}/rencana`, item({ judul: 'Januari', tanggal: '2027-01-04', jam: null }));
    const q = '?dari=2026-12-01&sampai=2027-01-01';
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/rencana${q}`)).status).toBe(401);
    expect((await (await signedIn(w, headB.email)).get(`/api/units/${f.unitA.id}/rencana${q}`)).status).toBe(403);
    expect((await red.get(`/api/units/${f.unitA.id}/rencana?dari=2027-01-01&sampai=2026-12-01`)).status).toBe(400);
    expect((await red.get(`/api/units/${f.unitA.id}/rencana?dari=2026-12-01`)).body.field).toBe('sampai');
    const cam = await (await signedIn(w, kameramen.email)).get(`/api/units/${f.unitA.id}/rencana${q}`);
    expect(cam.status).toBe(200);
    expect(cam.body.items.every((i: { tanggal: string }) => i.tanggal.startsWith('2026-12'))).toBe(true);
    expect(cam.body.items[0]).toMatchObject({ bisaUbah: false, langkah: [], pemilikNama: 'Orang kameramen-a' });
    const ev = await (await signedIn(w, evaluator.email)).get(`/api/units/${f.unitA.id}/rencana${q}`);
    expect([ev.status, ev.body.items[0].bisaUbah]).toEqual([200, false]);
  });

  it('changes, moves and reads one item; every refused move is refused', async () => {
    const red = await signedIn(w, redaktur.email);
    const { body: made } = await red.post(`/api/units/${f.unitA.id}/rencana`, item());
    expect((await new TestClient(w.app).patch(`/api/rencana/${made.id}`, { tema: 'x' })).status).toBe(401);
    expect((await (await signedIn(w, kameramen.email)).patch(`/api/rencana/${made.id}`, { tema: 'x' })).status).toBe(403);
    expect((await red.patch(`/api/rencana/${made.id}`, { tanggal: '8 Des' })).body.field).toBe('tanggal');
    const ghost = await red.patch(`/api/rencana/${made.id}`, { kontenId: '00000000-0000-4000-8000-0000000000aa' });
    expect([ghost.status, ghost.body.field]).toEqual([400, 'kontenId']);
    const changed = await red.patch(`/api/rencana/${made.id}`, { tema: 'Pelayanan publik', jam: '' });
    expect([changed.status, changed.body.tema, changed.body.jam, changed.body.judul]).toEqual([200, 'Pelayanan publik', null, item().judul]);
    expect(await audits('rencana.updated', made.id)).toHaveLength(1);

    expect((await new TestClient(w.app).post(`/api/rencana/${made.id}/status`, { ke: 'terlaksana' })).status).toBe(401);
    expect((await (await signedIn(w, evaluator.email)).post(`/api/rencana/${made.id}/status`, { ke: 'terlaksana' })).status).toBe(403);
    expect((await red.post(`/api/rencana/${made.id}/status`, { ke: 'selesai' })).status).toBe(400);
    // The whole table: from each state, every target either moves or answers 409.
    const table: Record<string, string[]> = { direncanakan: ['terlaksana', 'dibatalkan'], terlaksana: ['direncanakan'], dibatalkan: ['direncanakan'] };
    for (const [from, allowed] of Object.entries(table)) {
      for (const to of ['direncanakan', 'terlaksana', 'dibatalkan']) {
        const { body: probe } = await red.post(`/api/units/${f.unitA.id}/rencana`, item());
        if (from !== 'direncanakan') expect((await red.post(`/api/rencana/${probe.id}/status`, { ke: from })).status).toBe(200);
        const res = await red.post(`/api/rencana/${probe.id}/status`, { ke: to });
        expect([from, to, res.status]).toEqual([from, to, allowed.includes(to) ? 200 : 409]);
      }
    }
    await red.post(`/api/rencana/${made.id}/status`, { ke: 'dibatalkan', catatan: 'Acara ditunda' });
    const one = await (await signedIn(w, kameramen.email)).get(`/api/rencana/${made.id}`);
    expect(one.status).toBe(200);
    expect(one.body.riwayat.map((s: { ke: string; catatan: string | null }) => [s.ke, s.catatan])).toEqual([
      ['direncanakan', null],
      ['dibatalkan', 'Acara ditunda'],
    ]);
    expect(await audits('rencana.dibatalkan', made.id)).toHaveLength(1);
    expect((await (await signedIn(w, headB.email)).get(`/api/rencana/${made.id}`)).status).toBe(403);
    expect((await red.get('/api/rencana/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('the plan as iCalendar', () => {
  it('downloads a period that parses back, with the time in UTC for WITA and WIT alike', async () => {
    const red = await signedIn(w, redaktur.email);
    await red.post(
      `/api/units/${f.unitA.id}/rencana`,
      item({ judul: 'Rapat; evaluasi, triwulan IV — laporan panjang sekali untuk melipat baris kalender', tanggal: '2027-02-10', jam: '09:30' }),
    );
    await red.post(`/api/units/${f.unitA.id}/rencana`, item({ judul: 'Hari Pers', tanggal: '2027-02-09', jam: null }));
    const q = '?dari=2027-02-01&sampai=2027-03-01';
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/rencana.ics${q}`)).status).toBe(401);
    expect((await (await signedIn(w, headB.email)).get(`/api/units/${f.unitA.id}/rencana.ics${q}`)).status).toBe(403);
    expect((await red.get(`/api/units/${f.unitA.id}/rencana.ics?dari=x&sampai=2027-03-01`)).status).toBe(400);
    const res = await red.get(`/api/units/${f.unitA.id}/rencana.ics${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = new TextEncoder().encode(res.text);
    // Every physical line within 75 octets, as RFC 5545 asks.
    expect(res.text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const { events, skipped } = parseIcal(bytes);
    expect(events).toEqual([expect.objectContaining({ summary: 'Hari Pers', dates: ['2027-02-09'] })]);
    expect(skipped.map((s) => s.reason)).toEqual(['timed']);
    const props = unfoldLines(bytes).map((l) => parseContentLine(l.text, l.line)!);
    expect(props.filter((p) => p.name === 'DTSTART').map((p) => p.value)).toContain('20270210T013000Z'); // 09:30 WITA
    expect(props.map((p) => p.name === 'SUMMARY' && unescapeText(p.value))).toContain(
      'Rapat; evaluasi, triwulan IV — laporan panjang sekali untuk melipat baris kalender',
    );
    expect(props.find((p) => p.name === 'DESCRIPTION')?.value).toContain('Platform: Website\\, Instagram');

    await setTenantZone(w, f, 'Asia/Jayapura');
    const wit = await red.get(`/api/units/${f.unitA.id}/rencana.ics${q}`);
    expect(wit.text).toContain('DTSTART:20270210T003000Z'); // 09:30 WIT
    await setTenantZone(w, f, 'Asia/Makassar');
  });

  it('subscribes through an unguessable address that only a planner makes and replaces', async () => {
    const red = await signedIn(w, redaktur.email);
    const cam = await signedIn(w, kameramen.email);
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/rencana/feed`)).status).toBe(401);
    expect((await (await signedIn(w, headB.email)).get(`/api/units/${f.unitA.id}/rencana/feed`)).status).toBe(403);
    expect((await cam.get(`/api/units/${f.unitA.id}/rencana/feed`)).body).toEqual({ url: null });
    expect((await new TestClient(w.app).post(`/api/units/${f.unitA.id}/rencana/feed`)).status).toBe(401);
    expect((await cam.post(`/api/units/${f.unitA.id}/rencana/feed`)).status).toBe(403);
    expect((await red.post('/api/units/not-a-uuid/rencana/feed')).status).toBe(400);
    const made = await red.post(`/api/units/${f.unitA.id}/rencana/feed`);
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^http:\/\/warta\.test\/api\/kalender\/[A-Za-z0-9_-]{32}\.ics$/);
    expect((await cam.get(`/api/units/${f.unitA.id}/rencana/feed`)).body.url).toBe(made.body.url);
    const path = new URL(made.body.url).pathname;
    // The feed itself needs no session: the token is the key.
    const feed = await new TestClient(w.app).get(path);
    expect(feed.status).toBe(200);
    expect(feed.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.text).toContain('X-WR-CALNAME:Rencana redaksi Dinas Uji A');
    expect((await new TestClient(w.app).get('/api/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
    expect((await new TestClient(w.app).get('/api/kalender/pendek.ics')).status).toBe(400);
    const renewed = await red.post(`/api/units/${f.unitA.id}/rencana/feed`);
    expect(renewed.body.url).not.toBe(made.body.url);
    expect((await new TestClient(w.app).get(path)).status).toBe(404);
    expect(await audits('rencana.feed_renewed', f.unitA.id)).toHaveLength(1);
  });
});
