import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { outbox } from '../mail/schema.ts';
import { addMember, type Member, setTenantZone, signedIn } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let editor: Member;
let kameramen: Member;
let videoA: Member;
let evaluator: Member;
let headB: Member;
let kameramenB: Member;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  editor = await addMember(w, f, 'editor-a', f.unitA.id, 'editor');
  kameramen = await addMember(w, f, 'kameramen-a', f.unitA.id, 'kameramen');
  videoA = await addMember(w, f, 'video-a', f.unitA.id, 'editor_video');
  evaluator = await addMember(w, f, 'evaluator', f.unitB.id, 'evaluator');
  headB = await addMember(w, f, 'kepala-b', f.unitB.id, 'penanggung_jawab');
  kameramenB = await addMember(w, f, 'kameramen-b', f.unitB.id, 'kameramen');
});
afterAll(() => w.stop());

const assignment = (over: Record<string, unknown> = {}) => ({
  kegiatan: 'Pembukaan pelatihan dasar CPNS angkatan IV',
  tanggal: '2026-12-08',
  jam: '08:30',
  tempat: 'Aula Utama',
  catatan: 'Bawa drone',
  petugas: [
    { personId: kameramen.personId, peran: 'kameramen' },
    { personId: f.writerA.personId, peran: 'penulis' },
  ],
  ...over,
});
const audits = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('assigning coverage', () => {
  it('answers 401, 403 (not a planner, another unit), 400 (input, crew outside the team) and 201 with mails', async () => {
    const path = `/api/units/${f.unitA.id}/liputan`;
    expect((await new TestClient(w.app).post(path, assignment())).status).toBe(401);
    expect((await (await signedIn(w, kameramen.email)).post(path, assignment())).status).toBe(403);
    expect((await (await signedIn(w, headB.email)).post(path, assignment())).status).toBe(403);
    expect((await (await signedIn(w, evaluator.email)).post(path, assignment())).status).toBe(403);
    const ed = await signedIn(w, editor.email);
    expect((await ed.post(path, assignment({ jam: '8.30' }))).body.field).toBe('jam');
    expect((await ed.post(path, assignment({ petugas: [] }))).body.field).toBe('petugas');
    expect((await ed.post(path, assignment({ petugas: [{ personId: kameramen.personId, peran: 'sopir' }] }))).body.field).toBe('petugas.0.peran');
    const twice = await ed.post(
      path,
      assignment({
        petugas: [
          { personId: kameramen.personId, peran: 'kameramen' },
          { personId: kameramen.personId, peran: 'kameramen' },
        ],
      }),
    );
    expect([twice.status, twice.body.field]).toEqual([400, 'petugas']);
    const outsider = await ed.post(path, assignment({ petugas: [{ personId: kameramenB.personId, peran: 'kameramen' }] }));
    expect([outsider.status, outsider.body.field, outsider.body.message]).toEqual([400, 'petugas', 'Petugas harus anggota tim unit ini.']);

    const made = await ed.post(path, assignment());
    expect(made.status).toBe(201);
    // 08:30 WITA is 00:30Z; shown back in the tenant's zone.
    expect(made.body).toMatchObject({
      status: 'direncanakan',
      tanggal: '2026-12-08',
      jam: '08:30',
      mulai: '2026-12-08T00:30:00.000Z',
      bisaUbah: true,
      saya: false,
    });
    expect(made.body.langkah).toEqual(['diliput', 'dibatalkan']);
    expect(await audits('liputan.created', made.body.id)).toHaveLength(1);
    const mails = await w.services.db.select().from(outbox).where(eq(outbox.purpose, 'liputan.penugasan'));
    expect(mails.map((m) => m.toAddress).sort()).toEqual([kameramen.email, f.writerA.email].sort());
    expect(mails[0]!.text).toContain('Waktu: Selasa, 8 Desember 2026 pukul 08.30 WITA');
  });

  it('stores and shows times in the tenant’s zone: WIT', async () => {
    await setTenantZone(w, f, 'Asia/Jayapura');
    const ed = await signedIn(w, editor.email);
    const made = await ed.post(`/api/units/${f.unitA.id}/liputan`, assignment({ tanggal: '2026-12-09', jam: '07:00' }));
    expect([made.body.mulai, made.body.jam, made.body.tanggal]).toEqual(['2026-12-08T22:00:00.000Z', '07:00', '2026-12-09']);
    const mail = (await w.services.db.select().from(outbox).where(eq(outbox.toAddress, kameramen.email))).find((m) => m.text.includes('9 Desember'));
    expect(mail?.text).toContain('pukul 07.00 WIT');
    await setTenantZone(w, f, 'Asia/Makassar');
  });

  it('lists mine and a unit’s: the crew see theirs, the team and the evaluator the unit’s, others 403', async () => {
    const ed = await signedIn(w, editor.email);
    const { body: made } = await ed.post(
      `/api/units/${f.unitA.id}/liputan`,
      assignment({ kegiatan: 'Daftar', petugas: [{ personId: videoA.personId, peran: 'editor_video' }] }),
    );
    expect((await new TestClient(w.app).get('/api/liputan?saya=1')).status).toBe(401);
    const video = await signedIn(w, videoA.email);
    const mine = await video.get('/api/liputan?saya=1');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([made.id]);
    expect(mine.body.items[0]).toMatchObject({ saya: true, bisaUbah: false, langkah: ['diliput'], unitNama: 'Dinas Uji A' });
    expect((await video.get('/api/liputan')).status).toBe(400);
    expect((await (await signedIn(w, headB.email)).get(`/api/liputan?unit=${f.unitA.id}`)).status).toBe(403);
    const ev = await (await signedIn(w, evaluator.email)).get(`/api/liputan?unit=${f.unitA.id}`);
    expect(ev.status).toBe(200);
    expect(ev.body.items.every((i: { langkah: string[] }) => i.langkah.length === 0)).toBe(true);
    expect((await (await signedIn(w, 'luar@uji.test')).get('/api/liputan?saya=1')).body.items).toEqual([]);
  });

  it('changes an assignment: 401, 403, 400, 200; newcomers are mailed, the crew already on it are not', async () => {
    const ed = await signedIn(w, editor.email);
    const { body: made } = await ed.post(`/api/units/${f.unitA.id}/liputan`, assignment({ kegiatan: 'Ubah' }));
    const path = `/api/liputan/${made.id}`;
    expect((await new TestClient(w.app).patch(path, { tempat: 'x' })).status).toBe(401);
    expect((await (await signedIn(w, kameramen.email)).patch(path, { tempat: 'x' })).status).toBe(403);
    expect((await ed.patch(path, { tempat: '' })).body.field).toBe('tempat');
    const before = (await w.services.db.select().from(outbox).where(eq(outbox.purpose, 'liputan.penugasan'))).length;
    const changed = await ed.patch(path, {
      jam: '10:00',
      petugas: [
        { personId: kameramen.personId, peran: 'kameramen' },
        { personId: kameramen.personId, peran: 'penulis' },
        { personId: videoA.personId, peran: 'editor_video' },
      ],
    });
    expect(changed.status).toBe(200);
    expect([changed.body.jam, changed.body.tanggal, changed.body.petugas.length]).toEqual(['10:00', '2026-12-08', 3]);
    const after = await w.services.db.select().from(outbox).where(eq(outbox.purpose, 'liputan.penugasan'));
    expect(after.slice(before).map((m) => m.toAddress)).toEqual([videoA.email]);
    expect(await audits('liputan.updated', made.id)).toHaveLength(1);
    const detail = await (await signedIn(w, videoA.email)).get(path);
    expect(detail.status).toBe(200);
    expect(detail.body.petugas.map((p: { peran: string }) => p.peran).sort()).toEqual(['editor_video', 'kameramen', 'penulis']);
    // Another unit's head reads neither the list nor the assignment.
    expect((await (await signedIn(w, headB.email)).get(path)).status).toBe(403);
  });

  it('gives the planners the unit’s team to pick from, and nobody else', async () => {
    const path = `/api/units/${f.unitA.id}/liputan/tim`;
    expect((await new TestClient(w.app).get(path)).status).toBe(401);
    expect((await (await signedIn(w, kameramen.email)).get(path)).status).toBe(403);
    expect((await (await signedIn(w, editor.email)).get('/api/units/x/liputan/tim')).status).toBe(400);
    const team = await (await signedIn(w, editor.email)).get(path);
    expect(team.body.items.map((p: { nama: string }) => p.nama)).toContain('Orang kameramen-a');
  });
});

describe('the assignment’s status', () => {
  const order = ['direncanakan', 'diliput', 'produksi', 'selesai'] as const;
  const allowed: Record<string, string[]> = {
    direncanakan: ['diliput', 'dibatalkan'],
    diliput: ['produksi', 'dibatalkan'],
    produksi: ['selesai', 'dibatalkan'],
    selesai: [],
    dibatalkan: [],
  };

  async function at(status: string) {
    const ed = await signedIn(w, editor.email);
    const { body } = await ed.post(`/api/units/${f.unitA.id}/liputan`, assignment({ kegiatan: `Status ${status}` }));
    if (status === 'dibatalkan') expect((await ed.post(`/api/liputan/${body.id}/status`, { ke: 'dibatalkan' })).status).toBe(200);
    else
      for (const s of order.slice(1, order.indexOf(status as (typeof order)[number]) + 1))
        expect((await ed.post(`/api/liputan/${body.id}/status`, { ke: s })).status).toBe(200);
    return body.id as string;
  }

  it('allows exactly the table’s moves, refusing the rest with 409', async () => {
    const ed = await signedIn(w, editor.email);
    for (const from of Object.keys(allowed)) {
      for (const to of ['diliput', 'produksi', 'selesai', 'dibatalkan', 'direncanakan']) {
        const id = await at(from);
        const res = await ed.post(`/api/liputan/${id}/status`, { ke: to });
        expect([from, to, res.status]).toEqual([from, to, allowed[from]!.includes(to) ? 200 : 409]);
      }
    }
  });

  it('lets the crew mark progress but not call it off; others on the team and outside are refused', async () => {
    const id = await at('direncanakan');
    const path = `/api/liputan/${id}/status`;
    expect((await new TestClient(w.app).post(path, { ke: 'diliput' })).status).toBe(401);
    const video = await signedIn(w, videoA.email); // on the team, not on this crew
    const refused = await video.post(path, { ke: 'diliput' });
    expect([refused.status, refused.body.message]).toEqual([403, 'Hanya petugas penugasan ini (atau pengelola tim unit) yang dapat menandai kemajuannya.']);
    expect((await (await signedIn(w, headB.email)).post(path, { ke: 'diliput' })).status).toBe(403);
    expect((await (await signedIn(w, evaluator.email)).post(path, { ke: 'diliput' })).status).toBe(403);
    const cam = await signedIn(w, kameramen.email);
    expect((await cam.post(path, { ke: 'tertunda' })).status).toBe(400);
    expect((await cam.post(path, { ke: 'dibatalkan' })).status).toBe(403);
    const covered = await cam.post(path, { ke: 'diliput', catatan: 'Foto 120 bingkai' });
    expect([covered.status, covered.body.status, covered.body.langkah]).toEqual([200, 'diliput', ['produksi']]);
    expect((await (await signedIn(w, f.writerA.email)).post(path, { ke: 'produksi' })).status).toBe(200);
    expect((await cam.post(path, { ke: 'selesai' })).status).toBe(200);
    const detail = await cam.get(`/api/liputan/${id}`);
    expect(detail.body.riwayat.map((s: { ke: string }) => s.ke)).toEqual(['direncanakan', 'diliput', 'produksi', 'selesai']);
    expect(detail.body.riwayat[1]).toMatchObject({ catatan: 'Foto 120 bingkai', oleh: kameramen.email });
    expect(await audits('liputan.selesai', id)).toHaveLength(1);
    // Finished: details are closed, its products may still be linked.
    const ed = await signedIn(w, editor.email);
    expect((await ed.patch(`/api/liputan/${id}`, { tempat: 'Lain' })).status).toBe(409);
    expect((await ed.patch(`/api/liputan/${id}`, { kontenIds: [] })).status).toBe(200);
    const ghost = await ed.patch(`/api/liputan/${id}`, { kontenIds: ['00000000-0000-4000-8000-0000000000aa'] });
    expect([ghost.status, ghost.body.field]).toEqual([400, 'kontenIds']);
  });
});
