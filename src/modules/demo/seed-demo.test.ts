import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditKeyOf } from '../audit/audit-key.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { teamRoles } from '../org/roles.ts';
import { DEMO_PASSWORD, demoPeople } from './demo-data.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
});
afterAll(() => w.stop());

describe('demo seed', () => {
  it('fills an empty installation once, with one account per team role, all audited', async () => {
    const first = await seedDemoIfEmpty(w.services);
    expect(first?.logins).toHaveLength(teamRoles.length + 1);
    expect(new Set(demoPeople.map((p) => p.role))).toEqual(new Set(teamRoles));

    const admin = new TestClient(w.app);
    expect((await admin.signIn('admin@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    const me = await admin.get('/api/auth/me');
    expect(me.body.tenant).toMatchObject({ name: 'Pemerintah Provinsi Nusa Lontar', timeZone: 'Asia/Makassar' });
    const units = await admin.get('/api/units');
    expect(units.body.items.map((u: { slug: string }) => u.slug).sort()).toEqual(['bpsdmd', 'dinas-pupr', 'diskominfo']);

    const head = new TestClient(w.app);
    expect((await head.signIn('kepala@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    expect((await head.get('/api/auth/me')).body.roles).toEqual([expect.objectContaining({ role: 'penanggung_jawab' })]);

    const again = await seedDemoIfEmpty(w.services);
    expect(again?.logins).toEqual(first?.logins);
    expect((await admin.get('/api/units')).body.items).toHaveLength(3);
    expect(await verifyAuditChain(w.services.db, auditKeyOf(w.services.secrets))).toMatchObject({ ok: true });
  });

  it('gives the PPID portal something to show: information lists, service standards, a register and e-Monev', async () => {
    const page = async (path: string) => (await w.app.request(path, { headers: { host: 'nusalontar.example' } })).text();
    const register = await page('/bpsdmd/ppid/register');
    expect(register).toMatch(/\(8 permohonan\)<\/caption>/);
    for (const status of [
      'Dikabulkan seluruhnya',
      'Dikabulkan sebagian',
      'Ditolak',
      'Diteruskan',
      'Ditarik oleh pemohon',
      'Diperpanjang',
      'Sedang diproses',
      'Terdaftar',
    ]) {
      expect(register, status).toContain(`<td>${status}</td>`);
    }
    // The refused request carries the demo's one objection; no requester's name reaches the page.
    expect(register).not.toContain('Gabriel Nome');
    expect(await page('/diskominfo/ppid/register')).toMatch(/\(4 permohonan\)<\/caption>/);
    expect(await page('/bpsdmd/ppid/dip')).toContain('Laporan Realisasi Anggaran Semester I');
    expect(await page('/bpsdmd/ppid/dik')).toContain('Soal dan Kunci Jawaban Ujian Pelatihan Dasar');
    expect(await page('/bpsdmd/ppid/maklumat')).toContain('sanggup menyelenggarakan pelayanan informasi publik');
    expect(await page('/bpsdmd/ppid/sop')).toContain('<h2 id="sop-3">SOP Penetapan Informasi yang Dikecualikan</h2>');
    expect(await page('/bpsdmd/ppid/jam-layanan')).toContain('<th scope="row">Senin–Kamis</th>');

    const ppid = new TestClient(w.app);
    expect((await ppid.signIn('ppid-pelaksana@nusalontar.example', DEMO_PASSWORD)).status).toBe(200);
    const units = (await ppid.get('/api/units')).body.items as Array<{ id: string; slug: string }>;
    const bpsdmd = units.find((u) => u.slug === 'bpsdmd')!;
    const emonev = await ppid.get(`/api/units/${bpsdmd.id}/emonev`);
    const present = Object.fromEntries(emonev.body.items.map((e: { id: string; present: boolean }) => [e.id, e.present]));
    expect(present).toMatchObject({
      dip: true,
      berkala: true,
      serta_merta: true,
      setiap_saat: true,
      dik: true,
      maklumat: true,
      sop: true,
      jam_layanan: true,
      sk_ppid: true,
    });
  });
});
