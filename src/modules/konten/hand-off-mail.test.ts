import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { listOutbox } from '../mail/list-outbox.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { addContentTeam, type ContentTeam, clientFor, pengumuman } from './test-fixture.ts';

// Each hand-off of an item mails the people it now waits on, in the transaction of the move.

let w: TestWarta;
let f: Fixture;
let team: ContentTeam;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  team = await addContentTeam(w, f);
});
afterAll(() => w.stop());

/** Who got mails of this purpose about this title. */
async function sent(purpose: string, judul: string) {
  const rows = await listOutbox(w.services.db, f.tenant.id, { purpose, limit: 100 });
  return rows.filter((r) => r.subject.includes(judul)).map((r) => ({ to: r.toAddress, text: r.text }));
}

async function move(client: TestClient, id: string, body: Record<string, unknown>) {
  const res = await client.post(`/api/konten/${id}/status`, body);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe('mails per hand-off', () => {
  it('submitted → redaktur, for approval → head, returned → writer with the note, approved → publisher, published → writer', async () => {
    const [writer, redaktur, head, publisher] = await Promise.all([
      clientFor(w, f.writerA.email),
      clientFor(w, team.redaktur.email),
      clientFor(w, f.headA.email),
      clientFor(w, team.publisher.email),
    ]);
    const judul = 'Serah terima naskah';
    const id = (await writer.post('/api/konten', pengumuman(f, judul))).body.item.id;
    await move(writer, id, { ke: 'diajukan' });
    expect((await sent('konten.diajukan', judul)).map((m) => m.to)).toEqual([team.redaktur.email]);
    await move(redaktur, id, { ke: 'ditinjau' });
    for (let item = 1; item <= 9; item++) expect((await redaktur.put(`/api/konten/${id}/fbs/${item}`, {})).status).toBe(200);
    await move(redaktur, id, { ke: 'menunggu_persetujuan' });
    expect((await sent('konten.persetujuan', judul)).map((m) => m.to)).toEqual([f.headA.email]);
    await move(head, id, { ke: 'dikembalikan', catatan: 'Perbaiki paragraf kedua.' });
    const returned = await sent('konten.dikembalikan', judul);
    expect(returned.map((m) => m.to)).toEqual([f.writerA.email]);
    expect(returned[0]?.text).toContain('Perbaiki paragraf kedua.');
    expect(returned[0]?.text).toContain(`http://warta.test/admin/konten/${id}`);

    await move(writer, id, { ke: 'diajukan' });
    expect(await sent('konten.diajukan', judul)).toHaveLength(2);
    await move(redaktur, id, { ke: 'ditinjau' });
    // A new review round: the nine items are confirmed again.
    const detail = (await redaktur.get(`/api/konten/${id}`)).body;
    expect(detail.fbs.round).toBe(2);
    expect(detail.fbs.items.every((i: { confirmedBy: string | null }) => i.confirmedBy === null)).toBe(true);
    for (let item = 1; item <= 9; item++) await redaktur.put(`/api/konten/${id}/fbs/${item}`, {});
    await move(redaktur, id, { ke: 'menunggu_persetujuan' });
    await move(head, id, { ke: 'disetujui' });
    expect((await sent('konten.disetujui', judul)).map((m) => m.to)).toEqual([team.publisher.email]);
    await move(publisher, id, { ke: 'terbit' });
    expect((await sent('konten.terbit', judul)).map((m) => m.to)).toEqual([f.writerA.email]);
  });

  it('mails the head directly in a unit without the redaktur step, and nobody for a refused move', async () => {
    await addOfficer(w.services, f.tenant.id, f.unitB.id, 'penanggung_jawab', 'kepala-b', PASSWORD);
    const headB = await clientFor(w, 'kepala-b@uji.test');
    expect((await headB.put(`/api/konten/pengaturan/${f.unitB.id}`, { wajibRedaktur: false })).status).toBe(200);
    const writerB = await clientFor(w, team.writerB.email);
    const judul = 'Tanpa redaktur';
    const id = (await writerB.post('/api/konten', { ...pengumuman(f, judul), unitId: f.unitB.id })).body.item.id;
    expect((await writerB.post(`/api/konten/${id}/status`, { ke: 'diajukan' })).status).toBe(409);
    expect(await sent('konten.diajukan', judul)).toEqual([]);
    await move(writerB, id, { ke: 'menunggu_persetujuan' });
    expect((await sent('konten.persetujuan', judul)).map((m) => m.to)).toEqual(['kepala-b@uji.test']);
  });

  it('mails the accounts mentioned in a comment, and refuses a mention outside the tenant', async () => {
    const writer = await clientFor(w, f.writerA.email);
    const judul = 'Naskah dengan komentar';
    const id = (await writer.post('/api/konten', pengumuman(f, judul))).body.item.id;
    const res = await writer.post(`/api/konten/${id}/komentar`, { isi: 'Mohon dicek fotonya.', mentions: [team.redaktur.id, f.writerA.id] });
    expect(res.status, res.text).toBe(201);
    const mails = await sent('konten.disebut', judul);
    expect(mails.map((m) => m.to)).toEqual([team.redaktur.email]);
    expect(mails[0]?.text).toContain('Mohon dicek fotonya.');
    const bad = await writer.post(`/api/konten/${id}/komentar`, { isi: 'x', mentions: ['00000000-0000-4000-8000-000000000009'] });
    expect([bad.status, bad.body.field]).toEqual([400, 'mentions']);
  });

  it('offers the unit’s team with accounts and the admins to mention, not another unit’s people; a listed person is mailed', async () => {
    const writer = await clientFor(w, f.writerA.email);
    const judul = 'Naskah dengan daftar sebutan';
    const id = (await writer.post('/api/konten', pengumuman(f, judul))).body.item.id;
    const list = await writer.get(`/api/konten/${id}/komentar`);
    expect(list.status).toBe(200);
    const orang = list.body.orang as { userId: string; label: string }[];
    const ids = orang.map((p) => p.userId);
    expect(ids).toEqual(expect.arrayContaining([team.redaktur.id, team.publisher.id, f.headA.id, f.writerA.id, f.admin.id]));
    expect(ids).not.toContain(team.writerB.id);
    expect(ids).not.toContain(team.koordinator.id);
    expect(orang.find((p) => p.userId === team.publisher.id)?.label).toBe(team.publisher.displayName);
    // Someone of another unit cannot be mentioned: they could not open the item the mail links to.
    const outside = await writer.post(`/api/konten/${id}/komentar`, { isi: 'x', mentions: [team.writerB.id] });
    expect([outside.status, outside.body.field]).toEqual([400, 'mentions']);
    expect((await writer.post(`/api/konten/${id}/komentar`, { isi: 'Tolong unggah ke kanal.', mentions: [team.publisher.id] })).status).toBe(201);
    const mails = await sent('konten.disebut', judul);
    expect(mails.map((m) => m.to)).toEqual([team.publisher.email]);
    expect(mails[0]?.text).toContain('Tolong unggah ke kanal.');
  });
});

describe('over SMTP', () => {
  let smtp: SmtpSink;
  let ws: TestWarta;
  let fs: Fixture;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    ws = await startTestWarta(smtp.env);
    fs = await seedFixture(ws.services);
    await addContentTeam(ws, fs);
  });
  afterAll(async () => {
    await ws.stop();
    await smtp.close();
  });

  it('the redaktur receives the submitted item’s mail in their mailbox', async () => {
    const writer = await clientFor(ws, fs.writerA.email);
    const id = (await writer.post('/api/konten', pengumuman(fs, 'Lewat SMTP'))).body.item.id;
    expect((await writer.post(`/api/konten/${id}/status`, { ke: 'diajukan' })).status).toBe(200);
    const deadline = Date.now() + 30_000;
    let text: string | undefined;
    while (!text && Date.now() < deadline) {
      text = smtp.received.map((m) => ({ to: m.to, text: decodeQuotedPrintable(m.raw) })).find((m) => m.to.includes('redaktur-a@uji.test'))?.text;
      if (!text) await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toContain('Lewat SMTP');
    expect(text).toContain(`/admin/konten/${id}`);
  });
});
