import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { registerKeberatan } from './register-keberatan.ts';
import { atasanOf, completeCalendarAhead, makeRequest, sampleObjection, sessionUser, todayWita } from './test-fixture.ts';
import { transitionKeberatan } from './transition.ts';

// The requester's side of objections, on the request tracking page of the request module.

type Request = { id: string; number: string; token: string };

let w: TestWarta;
let f: Fixture;
let admin: SessionUser;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await completeCalendarAhead(w.services, f);
  admin = sessionUser(f.admin);
});
afterAll(() => w.stop());

const track = async (r: Request, lang?: 'en') => {
  const query = new URLSearchParams({ nomor: r.number, token: r.token, ...(lang ? { lang } : {}) });
  const res = await w.app.request(`/dinas-a/ppid/permohonan/lacak?${query}`, { headers: { host: 'warta.test' } });
  expect(res.status).toBe(200);
  return res.text();
};
const formLink = (r: Request) => `href="/dinas-a/ppid/keberatan?nomor=${encodeURIComponent(r.number)}"`;
const decided = () => makeRequest(w.services, f, { steps: [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_b' }] });

describe('objections on the request tracking page', () => {
  it('links a decided request to the objection form with its number filled in and the last day to object', async () => {
    const r = await decided();
    const html = await track(r);
    expect(html).toContain('<h2 id="keberatan-heading">Keberatan</h2>');
    expect(html).toContain(formLink(r));
    expect(html).toContain('Bila Anda tidak puas dengan jawaban atas permohonan ini, Anda berhak mengajukan keberatan.');
    expect(html).toMatch(/Keberatan diajukan kepada Atasan PPID paling lambat (Senin|Selasa|Rabu|Kamis|Jumat), \d{1,2} \w+ \d{4} \(30 hari kerja\)/);
    const en = await track(r, 'en');
    expect(en).toContain(`href="/dinas-a/ppid/keberatan?nomor=${encodeURIComponent(r.number)}&amp;lang=en"`);
    expect(en).toContain('File an objection about this request');
    const form = await w.app.request(`/dinas-a/ppid/keberatan?nomor=${encodeURIComponent(r.number)}`, { headers: { host: 'warta.test' } });
    expect(await form.text()).toContain(`value="${r.number}"`);
  });

  it('invites an objection to a request left unanswered past its deadline', async () => {
    // Received five weeks ago: ten working days have passed even with a week of holidays, thirty have not.
    const unanswered = await makeRequest(w.services, f, { receivedAt: new Date(Date.now() - 35 * 86_400_000) });
    const html = await track(unanswered);
    expect(html).toContain('Permohonan ini belum dijawab sampai batas waktunya, sehingga Anda berhak mengajukan keberatan.');
    expect(html).toContain(formLink(unanswered));
  });

  it('offers nothing while the request is still within its time, or once the time to object has run out', async () => {
    const fresh = await makeRequest(w.services, f);
    const html = await track(fresh);
    expect(html).not.toContain('keberatan-heading');
    expect(html).not.toContain('/ppid/keberatan?');
    // Received 5 January 2026, due 20 January, never answered: objections closed on 5 March 2026.
    const old = await makeRequest(w.services, f, { receivedAt: new Date('2026-01-05T02:00:00Z') });
    expect(await track(old)).not.toContain('keberatan-heading');
  });

  it('shows each objection filed, its answer deadline and then the Atasan PPID’s written answer, without the representative', async () => {
    const r = await decided();
    const tenant = await getTenant(w.services.db, f.tenant.id);
    const objection = await registerKeberatan(
      w.services,
      tenant,
      f.unitA,
      sampleObjection(r, { representativeName: 'Kuasa Fiktif Lontar', powerOfAttorneyNote: 'Surat kuasa diperlihatkan' }),
      admin,
    );
    const pending = await track(r);
    expect(pending).toContain(objection.number);
    expect(pending).toContain('<strong>Terdaftar</strong>');
    expect(pending).toContain('Batas waktu tanggapan Atasan PPID');
    expect(pending).not.toContain('Kuasa Fiktif');

    const actor = await loadActor(w.services.db, admin);
    await transitionKeberatan(w.services, admin, actor, objection.id, { ke: 'diproses' });
    await transitionKeberatan(w.services, ...(await atasanOf(w.services, f)), objection.id, {
      ke: 'diputus',
      putusan: 'ditolak',
      tanggal: todayWita(),
      tanggapan: 'Biaya penggandaan sesuai standar biaya yang ditetapkan.',
      alasan: 'Tarif mengikuti Peraturan Gubernur tentang standar biaya.',
    });
    const answered = await track(r);
    expect(answered).toContain('<strong>Diputus Atasan PPID</strong>');
    expect(answered).toContain('<strong>Keberatan ditolak</strong>');
    expect(answered).toContain('Biaya penggandaan sesuai standar biaya yang ditetapkan.');
    expect(answered).toContain('Tarif mengikuti Peraturan Gubernur tentang standar biaya.');
    expect(answered).not.toContain('Batas waktu tanggapan Atasan PPID');
    expect(answered).not.toContain('Kuasa Fiktif');
    expect(answered).not.toContain('Biaya penggandaan yang diminta jauh');
  });
});
