import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { type IdentityFile, readIdentityFile as readAny } from './identity-file.ts';
import { IDENTITY_PURGE_QUEUE, purgeExpiredIdentities } from './identity-purge.ts';
import { craftedJpeg, craftedPdf } from './identity-test-files.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { purgeExpiredResubmissions } from './resubmission.ts';
import { permohonanIdentitas, permohonanResubmission } from './schema.ts';
import { addOfficer, sampleRequest } from './test-fixture.ts';

const readIdentityFile = (bytes: Buffer) => readAny(bytes) as IdentityFile | null;

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let ppidB: TestClient;
let atasan: TestClient;
let writer: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  ppidB = new TestClient(w.app);
  await ppidB.signIn('ppid-b@uji.test', PASSWORD);
  atasan = new TestClient(w.app);
  await atasan.signIn('atasan-a@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
});
afterAll(() => w.stop());

const register = async (identity: Buffer | null, receivedAt = new Date()) =>
  (await registerPermohonan(w.services, f.tenant, f.unitA, sampleRequest({ receivedAt }), null, identity ? readIdentityFile(identity) : null)).permohonan;

describe('GET /api/permohonan/:id/identitas', () => {
  it('needs a session (401) and the unit’s processing PPID (403, also for its Atasan PPID)', async () => {
    const row = await register(craftedJpeg());
    const path = `/api/permohonan/${row.id}/identitas`;
    expect((await new TestClient(w.app).get(path)).status).toBe(401);
    expect((await writer.get(path)).body).toMatchObject({ code: 'forbidden' });
    expect((await ppidB.get(path)).status).toBe(403);
    expect((await atasan.get(path)).status).toBe(403);
  });

  it('answers 404 for a request without a copy or an unknown request, and 400 for a bad id', async () => {
    const row = await register(null);
    expect((await ppid.get(`/api/permohonan/${row.id}/identitas`)).status).toBe(404);
    expect((await ppid.get('/api/permohonan/00000000-0000-4000-8000-000000000000/identitas')).status).toBe(404);
    expect((await ppid.get('/api/permohonan/bukan-id/identitas')).body).toMatchObject({ code: 'invalid', field: 'id' });
  });

  it('sends the decrypted, stripped file as an attachment and audits the view', async () => {
    const row = await register(craftedJpeg());
    const res = await w.app.request(`/api/permohonan/${row.id}/identitas`, { headers: { cookie: ppid.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="identitas-${row.number.replaceAll('/', '-')}.jpg"`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(readIdentityFile(craftedJpeg())!.bytes)).toBe(true);
    const audits = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, 'permohonan.personal_data_viewed')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorLabel: 'ppid-a@uji.test', after: { number: row.number, identitas: 'image/jpeg' } });
  });

  it('the request detail says whether a copy exists', async () => {
    const withCopy = await register(craftedPdf());
    const without = await register(null);
    expect((await ppid.get(`/api/permohonan/${withCopy.id}`)).body).toMatchObject({ hasIdentity: true });
    expect((await atasan.get(`/api/permohonan/${without.id}`)).body).toMatchObject({ hasIdentity: false });
  });
});

describe('purging expired identity copies', () => {
  it('deletes only copies past their purge date and audits the count per tenant, not whose', async () => {
    await w.services.db.delete(permohonanIdentitas);
    const old = await register(craftedJpeg(), new Date('2024-11-20T02:00:00Z'));
    const recent = await register(craftedJpeg(), new Date('2025-01-10T02:00:00Z'));
    const none = await register(null, new Date('2024-01-01T02:00:00Z'));
    // Two years after receipt: on 23 November 2026 the copy of 20 November 2024 is due, 10 January 2025's is not.
    expect(await purgeExpiredIdentities(w.services, new Date('2026-11-23T00:00:00Z'))).toBe(1);
    const left = await w.services.db.select({ id: permohonanIdentitas.permohonanId }).from(permohonanIdentitas);
    expect(left.map((r) => r.id)).toEqual([recent.id]);
    const [audit] = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'permohonan.identity_purged'));
    expect(audit).toMatchObject({ tenantId: f.tenant.id, actorLabel: 'sistem', entityId: null, after: { count: 1 } });
    expect(JSON.stringify(audit)).not.toContain(old.id);
    expect(none.id).toBeTruthy();
    // Nothing due: nothing deleted and nothing audited.
    expect(await purgeExpiredIdentities(w.services, new Date('2026-11-23T00:00:00Z'))).toBe(0);
    expect(await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'permohonan.identity_purged'))).toHaveLength(1);
  });
});

describe('the daily purge job', () => {
  it('also deletes closed resubmission windows, keeping the open ones', async () => {
    const closed = await register(null);
    const open = await register(null);
    const now = new Date();
    await w.services.db.insert(permohonanResubmission).values([
      { permohonanId: closed.id, fingerprint: 'uji-tutup', sealedToken: w.services.secrets.seal('token-tutup'), expiresAt: new Date(now.getTime() - 60_000) },
      { permohonanId: open.id, fingerprint: 'uji-buka', sealedToken: w.services.secrets.seal('token-buka'), expiresAt: new Date(now.getTime() + 600_000) },
    ]);
    const id = await w.services.jobs.send(IDENTITY_PURGE_QUEUE, {});
    const deadline = Date.now() + 30_000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      const { rows } = await w.services.database.executeSql('select state from pgboss.job where id = $1', [id]);
      state = (rows[0] as { state: string } | undefined)?.state ?? '';
    }
    expect(state).toBe('completed');
    const left = await w.services.db.select({ id: permohonanResubmission.permohonanId }).from(permohonanResubmission);
    expect(left.map((r) => r.id)).toEqual([open.id]);
    expect(await purgeExpiredResubmissions(w.services.db, new Date(now.getTime() + 3_600_000))).toBe(1);
  });
});
