import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../db/types.ts';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { makeRequest } from '../keberatan/test-fixture.ts';
import { keberatanAlur } from '../keberatan/transition.ts';
import { pesanAlur } from '../kontak/alur.ts';
import { kontenAlur, mediaCenterAlur } from '../konten/alur.ts';
import { liputanAlur } from '../liputan/alur.ts';
import { permohonanAlur } from '../permohonan/transition.ts';
import { rencanaAlur } from '../rencana/alur.ts';
import { kirimanAlur } from '../sosial/terbit/kiriman-alur.ts';
import { actionLabels, entityLabels } from './action-labels.ts';
import { entityNames } from './entity-names.ts';

const srcRoot = join(import.meta.dirname, '..', '..');
// Test helpers record rows of their own (`uji.*`); they never reach a tenant's log.
const testOnly = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('test/') || file.startsWith('ops/test-');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !testOnly(relative(srcRoot, path))) out.push(path);
  }
  return out;
}

// Every workflow built with defineAlur; a status change in one is recorded as `<entity>.<target
// status>` by alur's own `move`. A workflow not listed here fails the count below.
const workflows = [permohonanAlur, keberatanAlur, kontenAlur, mediaCenterAlur, rencanaAlur, liputanAlur, pesanAlur, kirimanAlur];
const transitionTargets: Record<string, readonly string[]> = Object.fromEntries(
  workflows.map((w) => [w.entity, [...new Set(Object.values<readonly string[]>(w.transitions).flat())]]),
);
// The template alur's `move` records every workflow's status changes with.
const alurTemplate = ['`$', '{def.entity}.$', '{m.to}`'].join('');

/**
 * Every action code recordAudit is called with: string literals after `action:` (or in a
 * `const action =` the call uses), and `module.${…}` templates expanded to their transition
 * targets (alur's template to every listed workflow's). What cannot be read this way is reported,
 * so it cannot slip past the catalogue.
 */
function recordedActions(): { codes: Map<string, string>; unreadable: string[] } {
  const codes = new Map<string, string>();
  const unreadable: string[] = [];
  let definitions = 0;
  for (const path of sourceFiles(srcRoot)) {
    const text = readFileSync(path, 'utf8');
    definitions += path.endsWith(join('alur', 'define-alur.ts')) ? 0 : [...text.matchAll(/\bdefineAlur\s*(<[^>]*>)?\(/g)].length;
    if (!text.includes('recordAudit(') || path.endsWith(join('audit', 'record-audit.ts'))) continue;
    const file = relative(srcRoot, path);
    const expressions = [...text.matchAll(/\baction:\s*([^,\n]+)/g), ...text.matchAll(/\bconst action\s*=\s*([^;\n]+)/g)].map((m) => m[1]!.trim());
    for (const expr of expressions) {
      const literals = [...expr.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!);
      const template = /^`([a-z_]+)\.\$\{[^}]+\}`/.exec(expr);
      if (expr === alurTemplate) {
        for (const [entity, targets] of Object.entries(transitionTargets)) for (const to of targets) codes.set(`${entity}.${to}`, file);
      } else if (template) {
        const targets = transitionTargets[template[1]!];
        if (targets) for (const to of targets) codes.set(`${template[1]}.${to}`, file);
        else unreadable.push(`${file}: ${expr}`);
      } else if (literals.length > 0) for (const code of literals) codes.set(code, file);
      // Left alone: `{ action, …}` shorthand (read from its `const action`) and other calls' plain words (the calendar's 'added').
      else if (!/^action\b/.test(expr) && !/^'[a-z_]+'/.test(expr)) unreadable.push(`${file}: ${expr}`);
    }
  }
  if (definitions !== workflows.length) unreadable.push(`${definitions} workflows defined with defineAlur, ${workflows.length} listed in this test`);
  return { codes, unreadable };
}

describe('the action catalogue', () => {
  it('labels every action the code records, in Indonesian and English', () => {
    const { codes, unreadable } = recordedActions();
    expect(unreadable).toEqual([]);
    // The scan finds the codes it should: a literal, a ternary, a `const action` and both transition templates.
    for (const known of ['permohonan.registered', 'auth.password_ok', 'auth.signed_in', 'unit.deactivated', 'permohonan.ditolak', 'keberatan.diputus'])
      expect(codes.has(known)).toBe(true);
    const missing = [...codes].filter(([code]) => !actionLabels[code]?.id || !actionLabels[code]?.en).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('labels every kind of thing the code records', () => {
    const kinds = new Set<string>();
    for (const path of sourceFiles(srcRoot)) {
      const text = readFileSync(path, 'utf8');
      if (text.includes('recordAudit(')) for (const m of text.matchAll(/\bentity:\s*[^,\n]*?'([a-z_]+)'/g)) kinds.add(m[1]!);
    }
    for (const w of workflows) kinds.add(w.entity);
    expect(kinds.has('permohonan')).toBe(true);
    expect([...kinds].filter((k) => !entityLabels[k])).toEqual([]);
  });
});

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('GET /api/audit in words', () => {
  it('names actions, kinds and things: accounts by name, requests by number, a deleted division from its snapshot', async () => {
    const admin = new TestClient(w.app);
    expect((await admin.signIn(f.admin.email, PASSWORD)).status).toBe(200);
    const request = await makeRequest(w.services, f);
    const kept = await admin.post(`/api/units/${f.unitA.id}/bidang`, { name: 'Bidang Tetap', slug: 'tetap' });
    expect(kept.status).toBe(201);
    const created = await admin.post(`/api/units/${f.unitA.id}/bidang`, { name: 'Bidang Sementara', slug: 'sementara' });
    expect(created.status).toBe(201);
    expect((await admin.delete(`/api/bidang/${created.body.id}`)).status).toBe(204);

    const res = await admin.get('/api/audit?limit=20');
    expect(res.status).toBe(200);
    const find = (action: string) => res.body.items.find((i: { action: string }) => i.action === action);
    expect(find('permohonan.registered')).toMatchObject({
      actionLabel: 'Permohonan informasi didaftarkan',
      entityLabel: 'Permohonan informasi',
      entityId: request.id,
      entityName: request.number,
    });
    expect(find('auth.signed_in')).toMatchObject({ actionLabel: 'Masuk', entityLabel: 'Akun', entityId: f.admin.id, entityName: 'Orang admin' });
    const keptRow = res.body.items.find((i: { entityId: string }) => i.entityId === kept.body.id);
    expect(keptRow).toMatchObject({ action: 'bidang.created', actionLabel: 'Bidang dibuat', entityLabel: 'Bidang', entityName: 'Bidang Tetap — Dinas Uji A' });
    // Gone from its table: the row's own snapshot still names it.
    expect(find('bidang.deleted')).toMatchObject({ actionLabel: 'Bidang dihapus', entityName: 'Bidang Sementara' });

    admin.lang = 'en';
    const en = await admin.get('/api/audit?limit=20');
    const registered = en.body.items.find((i: { action: string }) => i.action === 'permohonan.registered');
    expect(registered).toMatchObject({ action: 'permohonan.registered', actionLabel: 'Information request registered', entityLabel: 'Information request' });
    // The public form's actor in words; an account stays its e-mail as recorded.
    expect(registered.actorLabel).toBe('pemohon (formulir publik)');
    expect(registered.actorName).toBe('requester (public form)');
    expect(en.body.items.find((i: { action: string }) => i.action === 'auth.signed_in').actorName).toBe(f.admin.email);
  });

  it('looks names up with one query per kind of thing, not one per row', async () => {
    const requests = [await makeRequest(w.services, f), await makeRequest(w.services, f), await makeRequest(w.services, f)];
    let selects = 0;
    const counting = new Proxy(w.services.db, {
      get(target, key, receiver) {
        if (key === 'select') selects++;
        return Reflect.get(target, key, receiver);
      },
    }) as Queryable;
    const rows = [
      ...requests.map((r) => ({ entity: 'permohonan', entityId: r.id })),
      { entity: 'user', entityId: f.admin.id },
      { entity: 'user', entityId: f.writerA.id },
      { entity: 'holiday_year', entityId: '2027' },
      { entity: 'permohonan_identitas', entityId: null },
    ];
    const names = await entityNames(counting, rows, 'id');
    expect(selects).toBe(2);
    expect(requests.map((r) => names.get(`permohonan:${r.id}`))).toEqual(requests.map((r) => r.number));
    expect(names.get(`user:${f.writerA.id}`)).toBe('Orang penulis-a');
    expect(names.get('holiday_year:2027')).toBe('2027');
  });
});

describe('GET /api/audit/catalogue', () => {
  it('needs a session (401) and the audit role (403)', async () => {
    expect((await new TestClient(w.app).get('/api/audit/catalogue')).status).toBe(401);
    const writer = new TestClient(w.app);
    await writer.signIn(f.writerA.email, PASSWORD);
    expect((await writer.get('/api/audit/catalogue')).status).toBe(403);
  });

  it('lists every action and kind with its label in the reader’s language, sorted by label', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    admin.lang = 'en';
    const res = await admin.get('/api/audit/catalogue');
    expect(res.status).toBe(200);
    expect(res.body.actions).toHaveLength(Object.keys(actionLabels).length);
    expect(res.body.actions).toContainEqual({ code: 'keberatan.diputus', label: 'Objection decided by the PPID superior' });
    expect(res.body.entities).toContainEqual({ code: 'permohonan', label: 'Information request' });
    const labels = res.body.actions.map((a: { label: string }) => a.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
