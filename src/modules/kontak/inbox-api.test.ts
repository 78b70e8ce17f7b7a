import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { teamMembers } from '../org/schema.ts';
import { pesanMasuk } from './schema.ts';

let w: TestWarta;
let f: Fixture;
let head: TestClient;
let writer: TestClient;
let evaluator: TestClient;
let admin: TestClient;
let ids: { a1: string; a2: string; b1: string };

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await w.services.db.insert(teamMembers).values({ unitId: f.unitB.id, personId: f.outsider.person.id, role: 'evaluator' });
  const rows = await w.services.db
    .insert(pesanMasuk)
    .values([
      {
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        senderName: 'Siti Penanya',
        senderEmail: 'siti@contoh.test',
        subject: 'Izin usaha 100%',
        body: 'Bagaimana mengurus izin?',
      },
      {
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        senderName: 'Budi Warga',
        senderEmail: 'budi@contoh.test',
        subject: 'Jalan rusak',
        body: 'Jalan di depan kantor berlubang.',
      },
      {
        tenantId: f.tenant.id,
        unitId: f.unitB.id,
        senderName: 'Ani',
        senderEmail: 'ani@contoh.test',
        subject: 'Beasiswa',
        body: 'Kapan pendaftaran beasiswa dibuka?',
      },
    ])
    .returning();
  ids = { a1: rows[0]!.id, a2: rows[1]!.id, b1: rows[2]!.id };
  const signIn = async (email: string) => {
    const c = new TestClient(w.app);
    await c.signIn(email, PASSWORD);
    return c;
  };
  head = await signIn('kepala-a@uji.test');
  writer = await signIn('penulis-a@uji.test');
  evaluator = await signIn('luar@uji.test');
  admin = await signIn('admin@uji.test');
});
afterAll(() => w.stop());

describe('the inbox API (Pesan masuk)', () => {
  it('401 without a session', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.get('/api/kontak/pesan')).status).toBe(401);
    expect((await anon.get(`/api/kontak/pesan/${ids.a1}`)).status).toBe(401);
    expect((await anon.post(`/api/kontak/pesan/${ids.a1}/status`, { ke: 'dibaca' })).status).toBe(401);
  });

  it('403 for those who do not keep the unit’s site: a writer, the evaluator (personal data), another unit’s head', async () => {
    expect((await writer.get('/api/kontak/pesan')).status).toBe(403);
    expect((await evaluator.get('/api/kontak/pesan')).status).toBe(403);
    expect((await head.get(`/api/kontak/pesan?unitId=${f.unitB.id}`)).status).toBe(403);
    expect((await head.get(`/api/kontak/pesan/${ids.b1}`)).status).toBe(403);
    expect((await head.post(`/api/kontak/pesan/${ids.b1}/status`, { ke: 'dibaca' })).status).toBe(403);
    expect((await writer.post(`/api/kontak/pesan/${ids.a1}/status`, { ke: 'dibaca' })).status).toBe(403);
  });

  it('400 for a bad status, filter or id; 404 for an unknown message', async () => {
    expect((await head.post(`/api/kontak/pesan/${ids.a1}/status`, { ke: 'dibuang' })).body).toMatchObject({ code: 'invalid', field: 'ke' });
    expect((await head.get('/api/kontak/pesan?status=lama')).body).toMatchObject({ code: 'invalid', field: 'status' });
    expect((await head.get('/api/kontak/pesan/bukan-id')).status).toBe(400);
    expect((await head.get(`/api/kontak/pesan/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('lists the head’s own unit only, newest first, unread counted, never cached; the admin sees all', async () => {
    const list = await head.get('/api/kontak/pesan');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(list.body.items.map((i: { id: string }) => i.id).sort()).toEqual([ids.a1, ids.a2].sort());
    expect(list.body).toMatchObject({ total: 2, unread: 2, units: [{ id: f.unitA.id, name: 'Dinas Uji A' }] });
    expect(list.body.items[0].unitName).toBe('Dinas Uji A');
    expect((await admin.get('/api/kontak/pesan')).body.total).toBe(3);
  });

  it('searches name, address, subject and message; % is a letter, not a pattern', async () => {
    const search = async (q: string) => (await head.get(`/api/kontak/pesan?q=${encodeURIComponent(q)}`)).body.items.map((i: { id: string }) => i.id);
    expect(await search('berlubang')).toEqual([ids.a2]);
    expect(await search('SITI')).toEqual([ids.a1]);
    expect(await search('budi@contoh')).toEqual([ids.a2]);
    expect(await search('100%')).toEqual([ids.a1]);
    expect(await search('%')).toEqual([ids.a1]);
    expect(await search('beasiswa')).toEqual([]);
  });

  it('moves baru → dibaca → dijawab → diarsipkan, each with a history step; refuses moves the table does not allow', async () => {
    const move = (id: string, ke: string) => head.post(`/api/kontak/pesan/${id}/status`, { ke });
    expect((await move(ids.a1, 'dijawab')).status).toBe(409);
    const read = await move(ids.a1, 'dibaca');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'dibaca', moves: ['dijawab', 'diarsipkan'] });
    expect((await move(ids.a1, 'dibaca')).status).toBe(409);
    expect((await move(ids.a1, 'baru')).status).toBe(409);
    expect((await move(ids.a1, 'dijawab')).body.status).toBe('dijawab');
    expect((await move(ids.a1, 'diarsipkan')).body).toMatchObject({ status: 'diarsipkan', moves: [] });
    expect((await move(ids.a1, 'dibaca')).status).toBe(409);
    // Spam is archived unread.
    expect((await move(ids.a2, 'diarsipkan')).body.status).toBe('diarsipkan');
    expect((await move(ids.a2, 'dijawab')).status).toBe(409);
    const steps = await listSteps(w.services.db, 'kontak', ids.a1);
    expect(steps.map((s) => `${s.fromStatus}→${s.toStatus}`)).toEqual(['baru→dibaca', 'dibaca→dijawab', 'dijawab→diarsipkan']);
    const detail = await head.get(`/api/kontak/pesan/${ids.a1}`);
    expect(detail.body).toMatchObject({ senderEmail: 'siti@contoh.test', status: 'diarsipkan' });
    expect(detail.body.history).toHaveLength(3);
    expect((await head.get('/api/kontak/pesan?status=baru')).body).toMatchObject({ total: 0, unread: 0 });
  });
});
