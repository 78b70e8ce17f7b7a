import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { users } from '../auth/schema.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import { makeRequest, sampleObjection } from '../keberatan/test-fixture.ts';
import { outbox } from '../mail/schema.ts';
import { getTenant } from '../org/get-tenant.ts';
import { people, teamMembers, units } from '../org/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { reminderCron, reminderQueue } from './reminder-job.ts';
import { runDeadlineReminders } from './run-reminders.ts';
import { pemberitahuanPengingat } from './schema.ts';

let w: TestWarta;
let f: Fixture;
const cases: Record<string, { id: string; number: string }> = {};

/** 07:00 WITA (the fixture tenant's zone) on a local date. */
const at7 = (date: string) => new Date(`${date}T07:00:00+08:00`);
const received = (date: string) => new Date(`${date}T09:00:00+08:00`);

const mailsTo = (to: string) =>
  w.services.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, to), eq(outbox.purpose, 'ppid.pengingat_tenggat')));
const allReminderMails = () => w.services.db.select().from(outbox).where(eq(outbox.purpose, 'ppid.pengingat_tenggat'));

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const tenant = f.tenant.id;
  await addOfficer(w.services, tenant, f.unitA.id, 'ppid_utama', 'ppid-utama-a', PASSWORD);
  const pelaksana = await addOfficer(w.services, tenant, f.unitA.id, 'ppid_pelaksana', 'ppid-pelaksana-a', PASSWORD);
  await w.services.db.update(users).set({ lang: 'en' }).where(eq(users.id, pelaksana.id));
  await addOfficer(w.services, tenant, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  await addOfficer(w.services, tenant, f.unitB.id, 'ppid_utama', 'ppid-utama-b', PASSWORD);
  // A PPID officer of unit A without an e-mail address cannot be reminded.
  const [noMail] = await w.services.db.insert(people).values({ tenantId: tenant, name: 'Petugas tanpa surel', email: null }).returning();
  await w.services.db.insert(teamMembers).values({ unitId: f.unitA.id, personId: noMail!.id, role: 'ppid_pelaksana' });

  // Requests of unit A, due 10 working days after receipt (hand counts in the test names below).
  cases.overdue = await makeRequest(w.services, f, { receivedAt: received('2026-07-30') }); // due Thu 13 Aug
  cases.dueToday = await makeRequest(w.services, f, { receivedAt: received('2026-07-31') }); // due Fri 14 Aug
  cases.dueAfterHoliday = await makeRequest(w.services, f, { receivedAt: received('2026-08-04') }); // due Wed 19 Aug
  cases.notYet = await makeRequest(w.services, f, { receivedAt: received('2026-08-05') }); // due Thu 20 Aug
  cases.decided = await makeRequest(w.services, f, { receivedAt: received('2026-06-15'), steps: [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }] });
  cases.extended = await makeRequest(w.services, f, { receivedAt: received('2026-07-24') }); // due Fri 7 Aug
  // The extension was granted back then (the operation refuses it today, after the due date):
  // 7 Aug + 7 working days = Wed 19 Aug (Mon 17 Aug is a holiday).
  await w.services.db.update(permohonan).set({ status: 'diperpanjang', extendedDueDate: '2026-08-19' }).where(eq(permohonan.id, cases.extended.id));
  cases.unitB = await makeRequest(w.services, f, { unit: f.unitB, receivedAt: received('2026-07-30') }); // due Thu 13 Aug

  // Objections of unit A on the decided request: the Atasan PPID answers within 30 working days.
  const t = await getTenant(w.services.db, tenant);
  const objection = async (date: string) => {
    const row = await registerKeberatan(w.services, t, f.unitA, sampleObjection(cases.decided!, { receivedAt: received(date) }), null);
    return { id: row.id, number: row.number, due: row.dueDate };
  };
  const k1 = await objection('2026-07-02');
  const k2 = await objection('2026-07-06');
  const k3 = await objection('2026-07-08');
  // Hand count from Mon 6 Jul: 19 working days to Fri 31 Jul, 29 to Fri 14 Aug, Mon 17 Aug off → Tue 18 Aug.
  expect([k1.due, k2.due, k3.due]).toEqual(['2026-08-13', '2026-08-18', '2026-08-20']);
  cases.objectionOverdue = k1;
  cases.objectionDueSoon = k2;
  cases.objectionNotYet = k3;
});
afterAll(() => w.stop());

describe('the daily PPID deadline reminder', () => {
  it('e-mails unit A’s PPID officers one digest: overdue, and due within 2 working days across the weekend and 17 August', async () => {
    // Fri 14 Aug 2026, 07:00 WITA: due soon runs to Wed 19 Aug (Sat, Sun, Mon 17 Aug skipped).
    const runs = await runDeadlineReminders(w.services, 'Asia/Makassar', at7('2026-08-14'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ tenantId: f.tenant.id, date: '2026-08-14', workingDay: true });
    const byUnit = new Map(runs[0]!.units.map((u) => [u.unitId, u]));
    expect(byUnit.get(f.unitA.id)).toEqual({ unitId: f.unitA.id, outcome: 'sent', mails: 2 });
    expect(byUnit.get(f.unitB.id)).toEqual({ unitId: f.unitB.id, outcome: 'sent', mails: 1 });

    const [mail] = await mailsTo('ppid-utama-a@uji.test');
    expect(mail!.status).toBe('held'); // no SMTP in this suite: the outbox keeps it
    expect(mail!.subject).toBe('Pengingat tenggat PPID Dinas Uji A — Jumat, 14 Agustus 2026');
    const text = mail!.text;
    const section = (heading: string) => text.split('\n\n').find((block) => block.startsWith(heading)) ?? '';
    const overdue = section('Permohonan informasi yang melewati batas waktu (1):');
    expect(overdue).toContain(`- ${cases.overdue!.number} — batas waktu Kamis, 13 Agustus 2026 — Terdaftar`);
    expect(overdue).toContain(`http://warta.test/admin/permohonan/${cases.overdue!.id}`);
    const soon = section('Permohonan informasi yang jatuh tempo sampai Rabu, 19 Agustus 2026 (3):');
    const soonLines = soon.split('\n').filter((l) => l.startsWith('- '));
    expect(soonLines).toEqual([
      `- ${cases.dueToday!.number} — batas waktu Jumat, 14 Agustus 2026 — Terdaftar`,
      `- ${cases.dueAfterHoliday!.number} — batas waktu Rabu, 19 Agustus 2026 — Terdaftar`,
      `- ${cases.extended!.number} — batas waktu Rabu, 19 Agustus 2026 — Diperpanjang`,
    ]);
    const objectionsOverdue = section('Keberatan yang melewati batas waktu tanggapan Atasan PPID (1):');
    expect(objectionsOverdue).toContain(`- ${cases.objectionOverdue!.number} atas permohonan ${cases.decided!.number} — batas waktu Kamis, 13 Agustus 2026`);
    expect(objectionsOverdue).toContain(`http://warta.test/admin/keberatan/${cases.objectionOverdue!.id}`);
    expect(section('Keberatan yang jatuh tempo sampai Rabu, 19 Agustus 2026 (1):')).toContain(cases.objectionDueSoon!.number);
    for (const left of [cases.notYet!, cases.decided!, cases.unitB!, cases.objectionNotYet!]) expect(text).not.toContain(`- ${left.number} `);
    expect(text).toContain('Pasal 22 ayat (7) dan (8)');

    // The officer whose account is in English reads it in English.
    const [english] = await mailsTo('ppid-pelaksana-a@uji.test');
    expect(english!.subject).toBe('PPID deadline reminder, Dinas Uji A — Friday, 14 August 2026');
    expect(english!.text).toContain('Information requests due by Wednesday, 19 August 2026 (3):');
    expect(english!.text).toContain(`- ${cases.overdue!.number} — due Thursday, 13 August 2026 — Registered`);
  });

  it('sends only to the unit’s PPID Utama and PPID Pelaksana with an e-mail address', async () => {
    const to = (await allReminderMails()).map((m) => m.toAddress).sort();
    expect(to).toEqual(['ppid-pelaksana-a@uji.test', 'ppid-utama-a@uji.test', 'ppid-utama-b@uji.test']);
    const [b] = await mailsTo('ppid-utama-b@uji.test');
    expect(b!.text).toContain(cases.unitB!.number);
    expect(b!.text).not.toContain(cases.overdue!.number);
  });

  it('records the day per unit with an audit row, and sends nothing a second time that day', async () => {
    const rows = await w.services.db.select().from(pemberitahuanPengingat).where(eq(pemberitahuanPengingat.tanggal, '2026-08-14'));
    expect(rows.map((r) => [r.unitId, r.mails]).sort()).toEqual(
      [
        [f.unitA.id, 2],
        [f.unitB.id, 1],
      ].sort(),
    );
    const audits = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'pemberitahuan.pengingat_dikirim'), eq(auditLog.entityId, f.unitA.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ tanggal: '2026-08-14', permohonan: { lewat: [cases.overdue!.number] } });

    const before = (await allReminderMails()).length;
    const again = await runDeadlineReminders(w.services, 'Asia/Makassar', new Date('2026-08-14T10:30:00+08:00'));
    expect(again[0]!.units.filter((u) => u.outcome !== 'nothing_due').map((u) => u.outcome)).toEqual(['already_sent', 'already_sent']);
    expect((await allReminderMails()).length).toBe(before);
  });

  it('sends nothing on a weekend or a national holiday', async () => {
    const before = (await allReminderMails()).length;
    for (const date of ['2026-08-15', '2026-08-16', '2026-08-17']) {
      const [run] = await runDeadlineReminders(w.services, 'Asia/Makassar', at7(date));
      expect(run, date).toEqual({ tenantId: f.tenant.id, date, workingDay: false, units: [] });
    }
    expect((await allReminderMails()).length).toBe(before);
    // 07:00 WIB is 08:00 WITA: a tenant is only run by its own zone's job.
    expect(await runDeadlineReminders(w.services, 'Asia/Jakarta', at7('2026-08-18'))).toEqual([]);
  });

  it('sends no mail to a unit with nothing overdue or due soon', async () => {
    const [unitC] = await w.services.db.insert(units).values({ tenantId: f.tenant.id, slug: 'kantor-c', name: 'Kantor Uji C', kind: 'kantor' }).returning();
    await addOfficer(w.services, f.tenant.id, unitC!.id, 'ppid_utama', 'ppid-utama-c', PASSWORD);
    await makeRequest(w.services, f, { unit: unitC!, receivedAt: received('2026-08-14') }); // due Mon 31 Aug
    const [run] = await runDeadlineReminders(w.services, 'Asia/Makassar', at7('2026-08-18'));
    expect(run!.units.find((u) => u.unitId === unitC!.id)).toEqual({ unitId: unitC!.id, outcome: 'nothing_due' });
    expect(await mailsTo('ppid-utama-c@uji.test')).toEqual([]);
    const rows = await w.services.db.select().from(pemberitahuanPengingat).where(eq(pemberitahuanPengingat.unitId, unitC!.id));
    expect(rows).toEqual([]);
  });

  it('is scheduled at 07:00 on weekdays in each Indonesian time zone, as a UTC cron', async () => {
    const { rows } = await w.services.database.executeSql('select name, cron, timezone, data from pgboss.schedule where name like $1', ['ppid.pengingat.%']);
    const byName = [...rows].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(byName).toEqual([
      { name: 'ppid.pengingat.wib', cron: '0 0 * * 1-5', timezone: 'UTC', data: { timeZone: 'Asia/Jakarta' } },
      { name: 'ppid.pengingat.wit', cron: '0 22 * * 0-4', timezone: 'UTC', data: { timeZone: 'Asia/Jayapura' } },
      { name: 'ppid.pengingat.wita', cron: '0 23 * * 0-4', timezone: 'UTC', data: { timeZone: 'Asia/Makassar' } },
    ]);
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) expect(byName.some((r) => r.cron === reminderCron(zone))).toBe(true);
  });

  it('runs as a job from its queue', async () => {
    const id = await w.services.jobs.send(reminderQueue('Asia/Jayapura'), { timeZone: 'Asia/Jayapura' });
    const deadline = Date.now() + 30_000;
    let state = '';
    while (Date.now() < deadline) {
      const { rows } = await w.services.database.executeSql('select state from pgboss.job where id = $1', [id]);
      state = (rows[0] as { state: string } | undefined)?.state ?? '';
      if (state === 'completed' || state === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe('completed');
  });
});
