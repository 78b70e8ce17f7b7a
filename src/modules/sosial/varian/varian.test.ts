import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../test/client.ts';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { listSteps } from '../../alur/list-steps.ts';
import { auditLog } from '../../audit/schema.ts';
import { revisiOf } from '../../konten/load-konten.ts';
import { konten } from '../../konten/schema.ts';
import { type ContentTeam, clientFor, doc, startContentWarta } from '../../konten/test-fixture.ts';
import { sosialAkun, sosialVarian } from '../schema.ts';
import { approvalHash } from './approval-hash.ts';
import { approvedVariants } from './approved-variants.ts';
import { addAkun, addMedia } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
let anon: TestClient;
let writer: TestClient;
let head: TestClient;
let evaluator: TestClient;
let outsider: TestClient;
let writerB: TestClient;
const akun: Record<'x' | 'instagram' | 'facebook' | 'youtube' | 'tiktok', string> = { x: '', instagram: '', facebook: '', youtube: '', tiktok: '' };
let photo1: string;
let photo2: string;
const bogus = '00000000-0000-4000-8000-00000000abcd';

beforeAll(async () => {
  let sign: (u: { email: string }) => Promise<TestClient>;
  ({ w, f, team, anon, sign } = await startContentWarta());
  [writer, head, evaluator, outsider, writerB] = [
    await sign(f.writerA),
    await sign(f.headA),
    await sign(team.evaluator),
    await sign(f.outsider),
    await sign(team.writerB),
  ];
  const db = w.services.db;
  for (const platform of ['tiktok', 'youtube', 'x', 'instagram', 'facebook'] as const)
    akun[platform] = (await addAkun(db, { tenantId: f.tenant.id, unitId: f.unitA.id, platform, nama: `Humas ${platform}` })).id;
  // Not listed: a disconnected account of unit A, and unit B's account.
  await addAkun(db, { tenantId: f.tenant.id, unitId: f.unitA.id, platform: 'x', nama: 'Lama', status: 'terputus' });
  await addAkun(db, { tenantId: f.tenant.id, unitId: f.unitB.id, platform: 'x', nama: 'Humas B' });
  photo1 = await addMedia(db, { tenantId: f.tenant.id, unitId: f.unitA.id, kind: 'foto' });
  photo2 = await addMedia(db, { tenantId: f.tenant.id, unitId: f.unitA.id, kind: 'foto' });
});
afterAll(() => w.stop());

/** A new pengumuman of unit A with a featured photo and a second photo in its text. */
async function newItem(judul = 'Gubernur meresmikan jembatan') {
  const isi = { type: 'doc', content: [...doc('Isi naskah.').content, { type: 'mediaImage', attrs: { mediaId: photo2 } }] };
  const res = await writer.post('/api/konten', { unitId: f.unitA.id, jenis: 'pengumuman', judul, ringkasan: 'Jembatan baru.', isi, coverMediaId: photo1 });
  expect(res.status).toBe(201);
  return res.body.item.id as string;
}

/** Puts an item where the head decides (the review already done). */
async function awaitingApproval(id: string) {
  await w.services.db.update(konten).set({ status: 'menunggu_persetujuan' }).where(eq(konten.id, id));
}

/** An item's variants as listed. */
const listOf = async (id: string) => (await writer.get(`/api/konten/${id}/varian`)).body;

/** TikTok turned on as an inbox draft (its privacy is then chosen in the app): the item goes to four accounts. */
async function withTiktokDraft(id: string) {
  const tiktok = entry(await listOf(id), akun.tiktok);
  const saved = await writer.put(`/api/konten/${id}/varian/${akun.tiktok}`, {
    aktif: true,
    teks: null,
    judul: null,
    mediaIds: null,
    pengaturan: { ...tiktok.varian.pengaturan, postMode: 'MEDIA_UPLOAD' },
  });
  expect(saved.status).toBe(200);
  return saved.body;
}

const approve = (id: string) => head.post(`/api/konten/${id}/status`, { ke: 'disetujui' });
const statusOf = async (id: string) => (await w.services.db.select().from(konten).where(eq(konten.id, id)))[0]!;
type Entry = {
  akun: { id: string; platform: string };
  varian: { teks: string; mediaIds: string[]; pengaturan: Record<string, unknown>; aktif: boolean };
  problems: { field: string; message: string }[];
  turunan: string[];
};
const entry = (body: { accounts: Entry[] }, id: string) => body.accounts.find((a) => a.akun.id === id)!;

describe('GET /api/konten/:id/varian', () => {
  it('401, 403 outside the unit, 404 unknown item', async () => {
    const id = await newItem();
    expect((await anon.get(`/api/konten/${id}/varian`)).status).toBe(401);
    expect((await outsider.get(`/api/konten/${id}/varian`)).status).toBe(403);
    expect((await writerB.get(`/api/konten/${id}/varian`)).status).toBe(403);
    expect((await writer.get(`/api/konten/${bogus}/varian`)).status).toBe(404);
    expect((await writer.get('/api/konten/bukan-uuid/varian')).status).toBe(400);
  });

  it('one variant per connected account of the unit, in platform order, filled from the item, with its problems in words', async () => {
    const id = await newItem();
    const res = await writer.get(`/api/konten/${id}/varian`);
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(true);
    expect(res.body.accounts.map((a: Entry) => a.akun.platform)).toEqual(['facebook', 'instagram', 'x', 'youtube', 'tiktok']);
    expect(res.body.item.link).toMatch(new RegExp(`^https?://ujiprov\\.go\\.id/dinas-a/pengumuman/${(await statusOf(id)).slug}$`));
    const x = entry(res.body, akun.x);
    expect(x.varian.teks).toBe(`Gubernur meresmikan jembatan\n\n${res.body.item.link}`);
    expect(x.turunan).toEqual(['teks', 'judul', 'mediaIds']);
    expect(entry(res.body, akun.instagram).varian.mediaIds).toEqual([photo1]);
    expect(entry(res.body, akun.facebook).varian.pengaturan).toEqual({ postType: 'link' });
    expect(entry(res.body, akun.tiktok).varian.pengaturan.privacyLevel).toBeNull();
    expect(entry(res.body, akun.youtube).problems).toContainEqual({ field: 'media', message: 'YouTube memerlukan foto atau video.' });
    expect(entry(res.body, akun.tiktok).problems.map((p) => p.field)).toEqual(['pengaturan.privacyLevel']);
    expect(x.problems).toEqual([]);
    // The evaluator may read but not edit.
    expect((await evaluator.get(`/api/konten/${id}/varian`)).body.canEdit).toBe(false);
  });

  it('lists the accounts of the item’s own unit only', async () => {
    const res = await clientFor(w, team.writerB.email).then((c) =>
      c.post('/api/konten', { unitId: f.unitB.id, jenis: 'pengumuman', judul: 'Tanpa akun', ringkasan: '', isi: doc('Isi.') }),
    );
    const list = await writerB.get(`/api/konten/${res.body.item.id}/varian`);
    expect(list.body.accounts.map((a: Entry) => a.akun.platform)).toEqual(['x']);
  });
});

describe('PUT /api/konten/:id/varian/:akunId', () => {
  const body = (over: Record<string, unknown> = {}) => ({
    aktif: true,
    teks: 'Teks X sendiri',
    judul: null,
    utas: [],
    mediaIds: null,
    pengaturan: { replySettings: 'following' },
    ...over,
  });

  it('401, 403 for readers and other units, 404 for another unit’s account, 400 naming the field in Indonesian', async () => {
    const id = await newItem();
    const path = `/api/konten/${id}/varian/${akun.x}`;
    expect((await anon.put(path, body())).status).toBe(401);
    expect((await evaluator.put(path, body())).status).toBe(403);
    expect((await writerB.put(path, body())).status).toBe(403);
    expect((await writer.put(`/api/konten/${id}/varian/${bogus}`, body())).status).toBe(404);
    const bad = await writer.put(path, body({ pengaturan: { replySettings: 'semua' } }));
    expect([bad.status, bad.body.field, bad.body.message]).toEqual([
      400,
      'pengaturan.replySettings',
      'Pengaturan X tidak sah pada kolom pengaturan.replySettings.',
    ]);
    const media = await writer.put(path, body({ mediaIds: [bogus] }));
    expect([media.status, media.body.field, media.body.message]).toEqual([400, 'mediaIds.0', 'Media nomor 1 bukan foto atau video naskah ini.']);
    const thread = await writer.put(`/api/konten/${id}/varian/${akun.facebook}`, body({ utas: ['dua'], pengaturan: { postType: 'link' } }));
    expect([thread.status, thread.body.field]).toEqual([400, 'utas']);
    const missing = await writer.put(path, { teks: 'x' });
    expect([missing.status, missing.body.field]).toEqual([400, 'judul']);
    const english = new TestClient(w.app);
    english.lang = 'en';
    await english.signIn(f.writerA.email, 'kata-sandi-uji-123');
    expect((await english.put(path, body({ pengaturan: {} }))).body.message).toBe('The X settings are not valid in field pengaturan.replySettings.');
  });

  it('saves the edited fields, keeps the others following the item, and audits the change', async () => {
    const id = await newItem();
    const res = await writer.put(`/api/konten/${id}/varian/${akun.x}`, body({ utas: ['Bagian kedua'] }));
    expect(res.status).toBe(200);
    const x = entry(res.body, akun.x);
    expect(x.varian.teks).toBe('Teks X sendiri');
    expect(x.turunan).toEqual(['judul', 'mediaIds']);
    expect(x.varian.pengaturan).toEqual({ replySettings: 'following' });
    const [audit] = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'sosial.varian_saved'), eq(auditLog.actorId, f.writerA.id)));
    expect(audit).toBeDefined();
    // A title edit of the item now reaches the variant's derived fields, not its own text.
    const tooLong = await writer.put(`/api/konten/${id}/varian/${akun.x}`, body({ teks: 'a'.repeat(281) }));
    expect(entry(tooLong.body, akun.x).problems).toEqual([{ field: 'text', message: 'Teks terlalu panjang untuk X: 281 dari paling banyak 280 karakter.' }]);
  });

  it('PUT …/aktif: 401, 403, 400, then turns the account off', async () => {
    const id = await newItem();
    const path = `/api/konten/${id}/varian/${akun.x}/aktif`;
    expect((await anon.put(path, { aktif: false })).status).toBe(401);
    expect((await evaluator.put(path, { aktif: false })).status).toBe(403);
    const bad = await writer.put(path, { aktif: 'tidak' });
    expect([bad.status, bad.body.field]).toEqual([400, 'aktif']);
    const res = await writer.put(path, { aktif: false });
    expect(res.status).toBe(200);
    const x = entry(res.body, akun.x);
    expect(x.varian.aktif).toBe(false);
    expect(x.turunan).toEqual(['teks', 'judul', 'mediaIds']);
  });
});

describe('approval covers the variants', () => {
  it('is refused while an active variant breaks a limit, naming the account and field in Indonesian', async () => {
    const id = await newItem();
    // A simple item goes as it is: the defaults break no limit.
    expect(entry(await listOf(id), akun.youtube).varian.aktif).toBe(false);
    expect((await writer.put(`/api/konten/${id}/varian/${akun.youtube}/aktif`, { aktif: true })).status).toBe(200);
    await awaitingApproval(id);
    const refused = await approve(id);
    expect(refused.status).toBe(409);
    expect(refused.body.field).toBe(`varian.${akun.youtube}.media`);
    expect(refused.body.message).toBe('YouTube “Humas youtube” memerlukan foto atau video.');
    await writer.put(`/api/konten/${id}/varian/${akun.youtube}/aktif`, { aktif: false });
    await writer.put(`/api/konten/${id}/varian/${akun.x}`, {
      aktif: true,
      teks: 'a'.repeat(281),
      judul: null,
      mediaIds: null,
      pengaturan: { replySettings: 'everyone' },
    });
    await awaitingApproval(id);
    const x = await approve(id);
    expect([x.status, x.body.field]).toEqual([409, `varian.${akun.x}.text`]);
    expect(x.body.message).toBe('Teks terlalu panjang untuk X “Humas x”: 281 dari paling banyak 280 karakter.');
    expect((await statusOf(id)).status).toBe('menunggu_persetujuan');
  });

  it('binds the revision and the active variants; the publisher reads exactly those', async () => {
    const id = await newItem();
    await withTiktokDraft(id);
    await awaitingApproval(id);
    const ok = await approve(id);
    expect(ok.status).toBe(200);
    const row = await statusOf(id);
    const rev = await revisiOf(w.services.db, id, row.currentRevisionId!);
    const rows = await w.services.db.select().from(sosialVarian).where(eq(sosialVarian.kontenId, id));
    expect(rows).toHaveLength(5);
    expect(row.approvedHash).not.toBe(rev.hash);
    expect(row.approvedHash).toBe(
      approvalHash(
        rev.hash,
        rows.filter((r) => r.aktif),
      ),
    );
    // Publishing is open to the unit's social media admin: the approval holds.
    const publisher = await clientFor(w, team.publisher.email);
    expect((await publisher.get(`/api/konten/${id}`)).body.moves).toContain('terbit');
    const sent = await approvedVariants(w.services.db, id, w.services.config.publicUrl);
    expect(sent.map((v) => v.platform).sort()).toEqual(['facebook', 'instagram', 'tiktok', 'x']);
    const fb = sent.find((v) => v.platform === 'facebook')!;
    expect(fb.link).toMatch(/^https?:\/\/ujiprov\.go\.id\/dinas-a\/pengumuman\//);
    expect(sent.find((v) => v.platform === 'instagram')!.mediaIds).toEqual([photo1]);
    expect(sent.find((v) => v.platform === 'tiktok')!.settings).toMatchObject({ postMode: 'MEDIA_UPLOAD', privacyLevel: null, disableComment: true });
    // An account connected after approval is not in it: listed as such, not sent, the approval still holds.
    const later = await addAkun(w.services.db, { tenantId: f.tenant.id, unitId: f.unitA.id, platform: 'facebook', nama: 'Humas baru' });
    const list = await listOf(id);
    expect(entry(list, later.id)).toMatchObject({ setelahPersetujuan: true });
    expect(entry(list, akun.facebook)).toMatchObject({ setelahPersetujuan: false });
    expect(await approvedVariants(w.services.db, id, w.services.config.publicUrl)).toHaveLength(4);
    await w.services.db.update(sosialAkun).set({ status: 'terputus' }).where(eq(sosialAkun.id, later.id));
  });

  it('an edit of an inactive variant after approval changes nothing; an edit of an active one goes back to review, audited', async () => {
    const id = await newItem();
    await withTiktokDraft(id);
    await awaitingApproval(id);
    expect((await approve(id)).status).toBe(200);
    const hash = (await statusOf(id)).approvedHash;
    const yt = await writer.put(`/api/konten/${id}/varian/${akun.youtube}`, {
      aktif: false,
      teks: 'Deskripsi lain',
      judul: null,
      mediaIds: null,
      pengaturan: { privacyStatus: 'unlisted', categoryId: '25', tags: [], madeForKids: false },
    });
    expect(yt.status).toBe(200);
    expect((await statusOf(id)).status).toBe('disetujui');
    expect((await statusOf(id)).approvedHash).toBe(hash);
    expect(await approvedVariants(w.services.db, id, w.services.config.publicUrl)).toHaveLength(4);
    // Saving an active variant unchanged is not an edit.
    const list = (await writer.get(`/api/konten/${id}/varian`)).body;
    const fbNow = entry(list, akun.facebook);
    await writer.put(`/api/konten/${id}/varian/${akun.facebook}`, {
      aktif: true,
      teks: null,
      judul: null,
      mediaIds: null,
      pengaturan: fbNow.varian.pengaturan,
    });
    expect((await statusOf(id)).status).toBe('disetujui');

    const edited = await writer.put(`/api/konten/${id}/varian/${akun.x}`, {
      aktif: true,
      teks: 'Diubah setelah disetujui',
      judul: null,
      mediaIds: null,
      pengaturan: { replySettings: 'everyone' },
    });
    expect(edited.status).toBe(200);
    const after = await statusOf(id);
    expect(after.status).toBe('ditinjau');
    expect(after.approvedHash).toBeNull();
    const steps = await listSteps(w.services.db, 'konten', id);
    expect(steps.at(-1)).toMatchObject({ fromStatus: 'disetujui', toStatus: 'ditinjau' });
    await expect(approvedVariants(w.services.db, id, w.services.config.publicUrl)).rejects.toMatchObject({ messageKey: 'konten.approval_stale' });
  });

  it('turning an account on or off after approval goes back to review too', async () => {
    const id = await newItem();
    await withTiktokDraft(id);
    await awaitingApproval(id);
    expect((await approve(id)).status).toBe(200);
    expect((await writer.put(`/api/konten/${id}/varian/${akun.instagram}/aktif`, { aktif: false })).status).toBe(200);
    expect((await statusOf(id)).status).toBe('ditinjau');
  });
});
