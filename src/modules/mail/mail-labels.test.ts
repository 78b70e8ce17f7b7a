import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { mailPurposeLabel, mailPurposeLabels, mailStatuses, mailStatusLabels } from './mail-labels.ts';
import { outbox } from './schema.ts';

const srcRoot = join(import.meta.dirname, '..', '..');
const testOnly = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('test/');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !testOnly(relative(srcRoot, path))) out.push(path);
  }
  return out;
}

/**
 * Every purpose a mail is queued with: the `purpose:` values in files that call queueMail. A value
 * that is not a string literal is reported, so a purpose cannot slip past the catalogue.
 */
function queuedPurposes(): { purposes: Map<string, string>; unreadable: string[] } {
  const purposes = new Map<string, string>();
  const unreadable: string[] = [];
  for (const path of sourceFiles(srcRoot)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('queueMail(') || path.endsWith(join('mail', 'queue-mail.ts'))) continue;
    const file = relative(srcRoot, path);
    for (const m of text.matchAll(/\bpurpose:\s*([^,\n}]+)/g)) {
      const expr = m[1]!.trim();
      const literal = /^'([^']+)'$/.exec(expr);
      if (literal) purposes.set(literal[1]!, file);
      // Left alone: a parameter's type (`purpose: LinkPurpose` of the one-time links), not a mail's value.
      else if (!/^[A-Z]\w*\)?$/.test(expr)) unreadable.push(`${file}: ${expr}`);
    }
  }
  return { purposes, unreadable };
}

describe('the mail catalogue', () => {
  it('labels every purpose the code queues a mail with, in Indonesian and English', () => {
    const { purposes, unreadable } = queuedPurposes();
    expect(unreadable).toEqual([]);
    // The scan finds the purposes it should: one per sender module.
    for (const known of ['password_reset', 'invitation', 'permohonan.tanda_terima', 'permohonan.pemberitahuan', 'keberatan.masuk', 'ppid.pengingat_tenggat'])
      expect(purposes.has(known)).toBe(true);
    const labels = mailPurposeLabels as Record<string, { id: string; en: string } | undefined>;
    const missing = [...purposes].filter(([code]) => !labels[code]?.id || !labels[code]?.en).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('labels every status, and an unknown old purpose reads as words, not its code', () => {
    for (const status of mailStatuses) expect(mailStatusLabels[status].id && mailStatusLabels[status].en).toBeTruthy();
    expect(mailPurposeLabel('lama.tidak_ada', 'id')).toBe('E-mail lain');
    expect(mailPurposeLabel('lama.tidak_ada', 'en')).toBe('Other mail');
  });
});

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  // One held mail of each of two purposes, written as the senders write them.
  await w.services.db.insert(outbox).values([
    { tenantId: f.tenant.id, toAddress: 'a@warta.test', subject: 'Undangan', text: '.', purpose: 'invitation', status: 'held' },
    { tenantId: f.tenant.id, toAddress: 'b@warta.test', subject: 'Tanda terima', text: '.', purpose: 'permohonan.tanda_terima', status: 'failed' },
  ]);
});
afterAll(() => w.stop());

describe('GET /api/outbox in words', () => {
  it('needs a session (401) and an admin (403)', async () => {
    expect((await new TestClient(w.app).get('/api/outbox?purpose=invitation')).status).toBe(401);
    const head = new TestClient(w.app);
    await head.signIn(f.headA.email, PASSWORD);
    expect((await head.get('/api/outbox?purpose=invitation')).status).toBe(403);
  });

  it('names the wrong field for an unknown purpose (400)', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const bad = await admin.get('/api/outbox?purpose=hilang');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid', field: 'purpose' });
  });

  it('answers each mail’s status and purpose in the reader’s language, and filters by purpose', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const res = await admin.get('/api/outbox?purpose=permohonan.tanda_terima');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      toAddress: 'b@warta.test',
      status: 'failed',
      statusLabel: 'Gagal',
      purpose: 'permohonan.tanda_terima',
      purposeLabel: 'Tanda terima permohonan (ke pemohon)',
    });
    admin.lang = 'en';
    const en = await admin.get('/api/outbox?status=held');
    expect(en.body.items.find((m: { toAddress: string }) => m.toAddress === 'a@warta.test')).toMatchObject({
      statusLabel: 'Held (no SMTP)',
      purposeLabel: 'Account invitation',
    });
  });
});

describe('GET /api/outbox/catalogue', () => {
  it('needs a session (401) and an admin (403)', async () => {
    expect((await new TestClient(w.app).get('/api/outbox/catalogue')).status).toBe(401);
    const head = new TestClient(w.app);
    await head.signIn(f.headA.email, PASSWORD);
    expect((await head.get('/api/outbox/catalogue')).status).toBe(403);
  });

  it('lists every status in its order and every purpose by label, in the reader’s language', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    admin.lang = 'en';
    const res = await admin.get('/api/outbox/catalogue');
    expect(res.status).toBe(200);
    expect(res.body.statuses).toEqual([
      { code: 'held', label: 'Held (no SMTP)' },
      { code: 'queued', label: 'Queued' },
      { code: 'sent', label: 'Sent' },
      { code: 'failed', label: 'Failed' },
    ]);
    expect(res.body.purposes).toHaveLength(Object.keys(mailPurposeLabels).length);
    expect(res.body.purposes).toContainEqual({ code: 'ppid.pengingat_tenggat', label: 'Deadline reminder (to the PPID)' });
    const labels = res.body.purposes.map((p: { label: string }) => p.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
