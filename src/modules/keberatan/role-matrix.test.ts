import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { users } from '../auth/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { makeRequest } from './test-fixture.ts';

// Every role against every objection action, through the API (DOMAIN.md §2): the PPID (Utama or
// Pelaksana) registers, moves, withdraws and files or moves the dispute but does not decide; the
// Atasan PPID reads and decides only; an admin without the Atasan role does everything but decide;
// roles of another unit, the evaluator and the publication team get 403, nobody signed in 401.

let w: TestWarta;
let f: Fixture;
let requestNumber: string;
const clients: Record<string, TestClient> = {};
let ppid: TestClient;
let atasan: TestClient;

const roles = [
  'anonim',
  'admin',
  'ppid_utama',
  'ppid_pelaksana',
  'atasan_ppid',
  'atasan_ppid_lain',
  'ppid_lain',
  'evaluator',
  'kontributor',
  'tanpa_peran',
] as const;
type Role = (typeof roles)[number];
const actions = ['daftar', 'register', 'baca', 'proses', 'tarik', 'putus', 'ajukan_sengketa', 'ubah_sengketa'] as const;
type Action = (typeof actions)[number];

const processes: Role[] = ['admin', 'ppid_utama', 'ppid_pelaksana'];
const expected = (role: Role, action: Action): number => {
  if (role === 'anonim') return 401;
  const reads = action === 'daftar' || action === 'baca';
  if (role === 'atasan_ppid') return reads || action === 'putus' ? 200 : 403;
  if (!processes.includes(role) || action === 'putus') return 403;
  return action === 'register' || action === 'ajukan_sengketa' ? 201 : 200;
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const officers: Array<[Role, string, Parameters<typeof addOfficer>[3]]> = [
    ['ppid_utama', f.unitA.id, 'ppid_utama'],
    ['ppid_pelaksana', f.unitA.id, 'ppid_pelaksana'],
    ['atasan_ppid', f.unitA.id, 'atasan_ppid'],
    ['atasan_ppid_lain', f.unitB.id, 'atasan_ppid'],
    ['ppid_lain', f.unitB.id, 'ppid_utama'],
    ['evaluator', f.unitB.id, 'evaluator'],
  ];
  const signIn = async (email: string) => {
    const client = new TestClient(w.app);
    expect((await client.signIn(email, PASSWORD)).status).toBe(200);
    return client;
  };
  for (const [name, unitId, role] of officers) {
    const user = await addOfficer(w.services, f.tenant.id, unitId, role, `matriks-${name.replaceAll('_', '-')}`, PASSWORD);
    clients[name] = await signIn(user.email);
  }
  clients.admin = await signIn(f.admin.email);
  clients.kontributor = await signIn(f.writerA.email);
  clients.tanpa_peran = await signIn(f.outsider.email);
  clients.anonim = new TestClient(w.app);
  ppid = clients.ppid_pelaksana!;
  atasan = clients.atasan_ppid!;
  requestNumber = (await makeRequest(w.services, f, { receivedAt: new Date('2026-02-02T01:00:00Z') })).number;
});
afterAll(() => w.stop());

const objectionBody = () => ({
  unitId: f.unitA.id,
  channel: 'surat',
  receivedAt: '2026-03-02T01:00:00Z',
  permohonanNumber: requestNumber,
  grounds: ['c'],
  reason: 'Permohonan tidak ditanggapi sampai batas waktu.',
});
const decision = { ke: 'diputus', putusan: 'ditolak', tanggal: '2026-04-15', tanggapan: 'Jawaban telah dikirim.', alasan: 'Bukti pengiriman ada.' };
const dispute = { kiRegistrationNumber: '012/V/KI-NL-PS/2026', registeredOn: '2026-05-04' };

/** A fresh objection brought (by the unit's PPID and Atasan PPID) to the state the action needs. */
async function prepared(action: Action): Promise<{ keberatan: string; sengketa?: string }> {
  const created = await ppid.post('/api/keberatan', objectionBody());
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  if (action === 'putus' || action === 'ajukan_sengketa' || action === 'ubah_sengketa') {
    expect((await ppid.post(`/api/keberatan/${id}/transisi`, { ke: 'diproses' })).status).toBe(200);
  }
  if (action === 'ajukan_sengketa' || action === 'ubah_sengketa') expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision)).status).toBe(200);
  if (action !== 'ubah_sengketa') return { keberatan: id };
  const filed = await ppid.post(`/api/keberatan/${id}/sengketa`, dispute);
  expect(filed.status).toBe(201);
  return { keberatan: id, sengketa: filed.body.id };
}

async function attempt(client: TestClient, action: Action, target: { keberatan: string; sengketa?: string }): Promise<number> {
  const k = target.keberatan;
  switch (action) {
    case 'daftar':
      return (await client.get(`/api/units/${f.unitA.id}/keberatan`)).status;
    case 'register':
      return (await client.post('/api/keberatan', objectionBody())).status;
    case 'baca':
      return (await client.get(`/api/keberatan/${k}`)).status;
    case 'proses':
      return (await client.post(`/api/keberatan/${k}/transisi`, { ke: 'diproses' })).status;
    case 'tarik':
      return (await client.post(`/api/keberatan/${k}/transisi`, { ke: 'ditarik', alasan: 'Dicabut pemohon' })).status;
    case 'putus':
      return (await client.post(`/api/keberatan/${k}/transisi`, decision)).status;
    case 'ajukan_sengketa':
      return (await client.post(`/api/keberatan/${k}/sengketa`, dispute)).status;
    case 'ubah_sengketa':
      return (await client.patch(`/api/sengketa/${target.sengketa}`, { stage: 'mediasi', stageDate: '2026-05-18' })).status;
  }
}

describe('who may do what with an objection', () => {
  const cases = roles.flatMap((role) => actions.map((action) => [role, action, expected(role, action)] as const));

  it.each(cases)('%s → %s answers %i', async (role, action, status) => {
    const target = await prepared(action);
    expect(await attempt(clients[role]!, action, target)).toBe(status);
  });

  it('an admin who is also the unit’s Atasan PPID may decide', async () => {
    const target = await prepared('putus');
    await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'matriks-admin-atasan', PASSWORD);
    await w.services.db.update(users).set({ isAdmin: true }).where(eq(users.email, 'matriks-admin-atasan@uji.test'));
    const both = new TestClient(w.app);
    await both.signIn('matriks-admin-atasan@uji.test', PASSWORD);
    expect(await attempt(both, 'putus', target)).toBe(200);
  });
});
