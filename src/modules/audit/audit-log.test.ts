import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditKeyOf } from './audit-key.ts';
import { GENESIS_HASH } from './hash.ts';
import { actorOf, recordAudit } from './record-audit.ts';
import { auditLog } from './schema.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  for (const name of ['Dinas Uji A', 'Dinas Uji A (baru)']) {
    await inTransaction(w.services.db, (tx) =>
      recordAudit(tx, actorOf(f.admin), {
        action: 'unit.update',
        entity: 'unit',
        entityId: f.unitA.id,
        before: { name: 'lama' },
        after: { name, password: 'rahasia' },
      }),
    );
  }
});
afterAll(() => w.stop());

const rows = () => w.services.db.select().from(auditLog).orderBy(asc(auditLog.id));

describe('audit chain', () => {
  it('links every row to the previous one and hides secrets', async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < all.length; i++) expect(all[i]?.prevHash).toBe(all[i - 1]?.hash);
    const last = all.at(-1);
    expect(last).toMatchObject({ action: 'unit.update', actorId: f.admin.id, actorLabel: f.admin.email, tenantId: f.tenant.id });
    expect(last?.after).toEqual({ name: 'Dinas Uji A (baru)', password: '[hidden]' });
    expect(await verifyAuditChain(w.services.db, auditKeyOf(w.services.secrets))).toMatchObject({ ok: true, rows: all.length });
  });

  it('is refused by the database on UPDATE, DELETE and TRUNCATE', async () => {
    const sql = w.services.database.executeSql;
    await expect(sql(`update audit_log set actor_label = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(sql(`truncate audit_log`)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(w.services.db, auditKeyOf(w.services.secrets))).toMatchObject({ ok: true });
  });
});

describe('GET /api/audit', () => {
  it('needs a session (401)', async () => {
    const res = await new TestClient(w.app).get('/api/audit');
    expect(res.status).toBe(401);
  });

  it('is closed to a contributor (403)', async () => {
    const client = new TestClient(w.app);
    await client.signIn(f.writerA.email, PASSWORD);
    expect((await client.get('/api/audit')).status).toBe(403);
    expect((await client.get('/api/audit/verify')).status).toBe(403);
  });

  it('names the wrong query field (400)', async () => {
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    const res = await client.get('/api/audit?limit=0');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'limit' });
  });

  it('lists the tenant rows newest first with filters and paging, and verifies the chain', async () => {
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    const res = await client.get(`/api/audit?entity=unit&entityId=${f.unitA.id}&limit=1`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ action: 'unit.update', after: { name: 'Dinas Uji A (baru)' } });
    const older = await client.get(`/api/audit?entity=unit&entityId=${f.unitA.id}&limit=1&before=${res.body.nextBefore}`);
    expect(older.body.items[0].after.name).toBe('Dinas Uji A');
    const verify = await client.get('/api/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true });
    expect((await new TestClient(w.app).get('/api/audit/verify')).status).toBe(401);
  });
});

// Last, because it breaks the chain of this file's database on purpose.
describe('tampering', () => {
  it('by someone with owner rights who switches the guard off is found, with the row id', async () => {
    const [first] = await rows();
    await w.services.database.executeSql(
      `alter table audit_log disable trigger user; update audit_log set after = '{"name":"dipalsukan"}' where id = ${first?.id}; alter table audit_log enable trigger user`,
    );
    expect(await verifyAuditChain(w.services.db, auditKeyOf(w.services.secrets))).toMatchObject({ ok: false, brokenAt: first?.id, reason: 'hash' });
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    expect((await client.get('/api/audit/verify')).body).toMatchObject({ ok: false, brokenAt: first?.id });
  });
});
