import { randomBytes } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { anchorFileOf, readAnchorFile, recordAuditAnchor } from './anchor.ts';
import { auditKeyOf } from './audit-key.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import { actorOf, recordAudit } from './record-audit.ts';
import { auditAnchors, auditLog } from './schema.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

// Truncation and rebuilding, by someone with owner rights on the database but not the secret key.

let w: TestWarta;
let f: Fixture;
let key: Buffer;
let file: string;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  key = auditKeyOf(w.services.secrets);
  file = anchorFileOf(w.config.dataDir);
});
afterAll(() => w.stop());

const note = (i: number) =>
  inTransaction(w.services.db, (tx) =>
    recordAudit(tx, actorOf(f.admin), { action: 'uji.catat', entity: 'tenant', entityId: f.tenant.id, after: { urutan: i } }),
  );
const rows = () => w.services.db.select().from(auditLog).orderBy(asc(auditLog.id));
const verify = () => verifyAuditChain(w.services.db, key, { fileAnchor: readAnchorFile(file) });
/** Runs SQL with the append-only guards switched off, as the database owner could. */
const asOwner = (statements: string) =>
  w.services.database.executeSql(
    `alter table audit_log disable trigger user; alter table audit_anchors disable trigger user; ${statements}; alter table audit_log enable trigger user; alter table audit_anchors enable trigger user`,
  );
const lit = (v: unknown) => (v === null || v === undefined ? 'null' : `'${(typeof v === 'string' ? v : JSON.stringify(v)).replaceAll("'", "''")}'`);

describe('the audit chain’s recorded heads', () => {
  it('are scheduled every ten minutes from start-up', async () => {
    const schedules = await w.services.database.executeSql(`select name, cron from pgboss.schedule where name = 'audit.anchor'`);
    expect(schedules.rows).toEqual([{ name: 'audit.anchor', cron: '*/10 * * * *' }]);
  });

  it('an untouched log verifies against the table and the file; an unchanged head adds no anchor', async () => {
    for (let i = 0; i < 3; i++) await note(i);
    const { anchor, fileWritten } = await recordAuditAnchor(w.services.db, key, file);
    expect(fileWritten).toBe(true);
    const all = await rows();
    expect(anchor).toMatchObject({ rows: all.length, lastId: all.at(-1)!.id, lastHash: all.at(-1)!.hash });
    expect(readAnchorFile(file)).toMatchObject({ rows: all.length, lastId: all.at(-1)!.id });
    const before = (await w.services.db.select().from(auditAnchors)).length;
    await recordAuditAnchor(w.services.db, key, file);
    expect(await w.services.db.select().from(auditAnchors)).toHaveLength(before);
    // Rows after the last anchor are fine too: they are chained by the HMAC.
    await note(3);
    expect(await verify()).toEqual({ ok: true, rows: all.length + 1, anchors: before + 1 });
  });

  it('are append-only in the database, like the log', async () => {
    const run = w.services.database.executeSql;
    await expect(run(`update audit_anchors set rows = 1`)).rejects.toThrow(/append-only/);
    await expect(run(`delete from audit_anchors`)).rejects.toThrow(/append-only/);
    await expect(run(`truncate audit_anchors`)).rejects.toThrow(/append-only/);
  });

  it('find the last rows deleted: by the table’s anchor, and by the file when the anchors are deleted too', async () => {
    await recordAuditAnchor(w.services.db, key, file);
    const all = await rows();
    const kept = all.slice(0, -2);
    const anchors = await w.services.db.select().from(auditAnchors).orderBy(asc(auditAnchors.id));
    await asOwner(`delete from audit_log where id > ${kept.at(-1)!.id}`);
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: false, reason: 'truncated', rows: kept.length, anchorRows: all.length });

    await asOwner('delete from audit_anchors');
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: true });
    expect(await verify()).toMatchObject({ ok: false, reason: 'truncated', brokenAt: all.at(-1)!.id, anchorRows: all.length });
    // A later anchor (the job, a restart) does not overwrite the file's evidence with the shorter head.
    expect((await recordAuditAnchor(w.services.db, key, file)).fileWritten).toBe(false);
    expect(readAnchorFile(file)).toMatchObject({ lastId: all.at(-1)!.id });

    // Put everything back as it was (inserts pass the guard), for the next test.
    await asOwner('delete from audit_anchors');
    for (const r of all.slice(kept.length)) {
      await w.services.database.executeSql(
        `insert into audit_log (id, tenant_id, at, actor_id, actor_label, action, entity, entity_id, before, after, prev_hash, hash) values (${r.id}, ${lit(r.tenantId)}, ${lit(r.at.toISOString())}, ${lit(r.actorId)}, ${lit(r.actorLabel)}, ${lit(r.action)}, ${lit(r.entity)}, ${lit(r.entityId)}, ${lit(r.before)}, ${lit(r.after)}, ${lit(r.prevHash)}, ${lit(r.hash)})`,
      );
    }
    for (const a of anchors) {
      await w.services.db.insert(auditAnchors).values(a);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('find a chain rebuilt without the key after a change', async () => {
    const all = await rows();
    const wrongKey = randomBytes(32);
    let prev = GENESIS_HASH;
    const statements: string[] = [];
    for (const r of all) {
      const after = r.id === all[1]!.id ? { dipalsukan: true } : r.after;
      const hash = auditHash({ ...r, after, prevHash: prev }, wrongKey);
      statements.push(`update audit_log set after = ${lit(after)}, prev_hash = '${prev}', hash = '${hash}' where id = ${r.id}`);
      prev = hash;
    }
    await asOwner(statements.join('; '));
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: false, reason: 'hash', brokenAt: all[0]!.id });
  });

  it('a head forged without the key is reported as such', async () => {
    await w.services.db.insert(auditAnchors).values({ at: new Date(), rows: 1, lastId: 1, lastHash: 'x'.repeat(64), mac: 'y'.repeat(64) });
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: false, reason: 'anchor_forged' });
  });
});
