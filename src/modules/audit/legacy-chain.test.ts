import { asc, desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { recordAuditAnchor } from './anchor.ts';
import { auditKeyOf } from './audit-key.ts';
import { GENESIS_HASH, legacyAuditHash } from './hash.ts';
import { actorOf, recordAudit } from './record-audit.ts';
import { auditAnchors, auditLog } from './schema.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

// An installation from before the audit key: its rows carry unkeyed SHA-256 hashes.

let w: TestWarta;
let f: Fixture;
let key: Buffer;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  key = auditKeyOf(w.services.secrets);
});
afterAll(() => w.stop());

const rows = () => w.services.db.select().from(auditLog).orderBy(asc(auditLog.id));
const note = (i: number) =>
  inTransaction(w.services.db, (tx) =>
    recordAudit(tx, actorOf(f.admin), { action: 'uji.catat', entity: 'tenant', entityId: f.tenant.id, after: { urutan: i } }),
  );
const lit = (v: unknown) => (v === null || v === undefined ? 'null' : `'${(typeof v === 'string' ? v : JSON.stringify(v)).replaceAll("'", "''")}'`);

/** Rewrites the whole log with unkeyed hashes (optionally changing one row), as the owner could. */
async function rewriteAsLegacy(change?: { id: number; after: unknown }) {
  let prev = GENESIS_HASH;
  const statements: string[] = [];
  for (const r of await rows()) {
    const after = change?.id === r.id ? change.after : r.after;
    const hash = legacyAuditHash({ ...r, after, prevHash: prev });
    statements.push(`update audit_log set after = ${lit(after)}, prev_hash = '${prev}', hash = '${hash}' where id = ${r.id}`);
    prev = hash;
  }
  await w.services.database.executeSql(
    `alter table audit_log disable trigger user; alter table audit_anchors disable trigger user; delete from audit_anchors; ${statements.join('; ')}; alter table audit_log enable trigger user; alter table audit_anchors enable trigger user`,
  );
}

describe('a log written before the audit key', () => {
  it('verifies once a keyed head pins its unkeyed rows, and keyed rows follow them', async () => {
    await note(1);
    await rewriteAsLegacy();
    const legacy = await rows();
    // Nothing keyed vouches for them yet: anyone could have recomputed SHA-256.
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: false, reason: 'hash', brokenAt: legacy.at(-1)!.id });

    // The first start after the upgrade records the head under the key.
    await recordAuditAnchor(w.services.db, key, null);
    expect(await verifyAuditChain(w.services.db, key)).toEqual({ ok: true, rows: legacy.length, anchors: 1 });
    await note(2);
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: true, rows: legacy.length + 1 });
  });

  it('finds the unkeyed rows changed and rebuilt after they were pinned', async () => {
    const all = await rows();
    await recordAuditAnchor(w.services.db, key, null);
    // Rebuilding everything as unkeyed rows also removes the anchors; restore one pinned head.
    const [pinned] = await w.services.db.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1);
    await rewriteAsLegacy({ id: all[1]!.id, after: { dipalsukan: true } });
    await w.services.db.insert(auditAnchors).values(pinned!);
    expect(await verifyAuditChain(w.services.db, key)).toMatchObject({ ok: false, reason: 'anchor' });
  });
});
