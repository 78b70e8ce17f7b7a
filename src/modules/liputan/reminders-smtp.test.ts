import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { outbox } from '../mail/schema.ts';
import { liputanReminderQueue } from './reminder-job.ts';
import { sendDayBeforeReminders } from './send-reminders.ts';
import { addMember, type Member, signedIn } from './test-fixture.ts';

let smtp: SmtpSink;
let w: TestWarta;
let f: Fixture;
let editor: Member;
let kameramen: Member;
let kontributor: Member;
let noMail: Member;

beforeAll(async () => {
  smtp = await startSmtpSink();
  w = await startTestWarta(smtp.env);
  f = await seedFixture(w.services);
  editor = await addMember(w, f, 'editor-a', f.unitA.id, 'editor');
  kameramen = await addMember(w, f, 'kameramen-a', f.unitA.id, 'kameramen');
  kontributor = await addMember(w, f, 'kontributor-a', f.unitA.id, 'kontributor', { lang: 'en' });
  noMail = await addMember(w, f, 'tanpa-surel', f.unitA.id, 'kameramen', { noMail: true });
});
afterAll(async () => {
  await w.stop();
  await smtp.close();
});

async function waitFor(count: number) {
  const deadline = Date.now() + 30_000;
  while (smtp.received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
const bodyTo = (email: string) => smtp.received.filter((m) => m.to.includes(email)).map((m) => decodeQuotedPrintable(m.raw));

describe('mails to the crew over SMTP', () => {
  it('reach each assignee on assignment, in their language, and a person added later', async () => {
    const ed = await signedIn(w, editor.email);
    const made = await ed.post(`/api/units/${f.unitA.id}/liputan`, {
      kegiatan: 'Apel pagi bersama Gubernur',
      tanggal: '2026-12-10',
      jam: '07:30',
      tempat: 'Halaman Kantor Gubernur',
      petugas: [
        { personId: kameramen.personId, peran: 'kameramen' },
        { personId: noMail.personId, peran: 'kameramen' },
      ],
    });
    expect(made.status).toBe(201);
    await waitFor(1);
    expect(smtp.received.map((m) => m.to)).toEqual([[kameramen.email]]);
    const text = bodyTo(kameramen.email)[0]!;
    expect(text).toContain('Kegiatan: Apel pagi bersama Gubernur');
    expect(text).toContain('Waktu: Kamis, 10 Desember 2026 pukul 07.30 WITA');
    expect(text).toContain('Peran Anda: Kameramen');
    expect(text).toContain(`http://warta.test/admin/liputan/${made.body.id}`);

    const added = await ed.patch(`/api/liputan/${made.body.id}`, {
      petugas: [
        { personId: kameramen.personId, peran: 'kameramen' },
        { personId: noMail.personId, peran: 'kameramen' },
        { personId: kontributor.personId, peran: 'penulis' },
      ],
    });
    expect(added.status).toBe(200);
    await waitFor(2);
    expect(smtp.received).toHaveLength(2);
    const english = bodyTo(kontributor.email)[0]!;
    expect(english).toContain('When: Thursday, 10 December 2026 at 07.30 WITA');
    expect(english).toContain('Your part: Writer');
  });

  it('sends the day-before reminder once per assignee and assignment, however often the job runs', async () => {
    const ed = await signedIn(w, editor.email);
    const tomorrow = await ed.post(`/api/units/${f.unitA.id}/liputan`, {
      kegiatan: 'Rapat koordinasi kehumasan',
      tanggal: '2026-12-15',
      jam: '13:00',
      tempat: 'Ruang Rapat Lantai 2',
      petugas: [
        { personId: kameramen.personId, peran: 'kameramen' },
        { personId: kameramen.personId, peran: 'penulis' },
        { personId: kontributor.personId, peran: 'kontributor' },
        { personId: noMail.personId, peran: 'kameramen' },
      ],
    });
    const called = await ed.post(`/api/units/${f.unitA.id}/liputan`, {
      kegiatan: 'Batal',
      tanggal: '2026-12-15',
      jam: '09:00',
      tempat: 'Aula',
      petugas: [{ personId: kameramen.personId, peran: 'kameramen' }],
    });
    await ed.post(`/api/liputan/${called.body.id}/status`, { ke: 'dibatalkan' });
    await waitFor(5);
    const before = smtp.received.length;

    // 15:00 WITA on the 14th, twice (a retried or repeated job), and once in another zone.
    const at = new Date('2026-12-14T07:00:00Z');
    const [first] = await sendDayBeforeReminders(w.services, 'Asia/Makassar', at);
    const [second] = await sendDayBeforeReminders(w.services, 'Asia/Makassar', at);
    expect(await sendDayBeforeReminders(w.services, 'Asia/Jakarta', at)).toEqual([]);
    expect(first).toMatchObject({ tanggal: '2026-12-15', liputan: 1, mails: 2 });
    expect(second).toMatchObject({ tanggal: '2026-12-15', liputan: 1, mails: 0 });
    await waitFor(before + 2);
    await new Promise((r) => setTimeout(r, 500));
    const reminders = smtp.received.slice(before);
    expect(reminders.map((m) => m.to[0]).sort()).toEqual([kameramen.email, kontributor.email].sort());
    const text = bodyTo(kameramen.email).find((b) => b.includes('Pengingat'))!;
    expect(text).toContain('besok Anda bertugas meliput');
    expect(text).toContain('Peran Anda: Kameramen, Penulis');
    const rows = await w.services.db.select().from(outbox).where(eq(outbox.purpose, 'liputan.pengingat'));
    expect(rows).toHaveLength(2);

    // Moved to another day, it is reminded again for that day; two runs at once still send it once.
    await ed.patch(`/api/liputan/${tomorrow.body.id}`, { tanggal: '2026-12-16' });
    const day = new Date('2026-12-15T07:00:00Z');
    const both = await Promise.all([sendDayBeforeReminders(w.services, 'Asia/Makassar', day), sendDayBeforeReminders(w.services, 'Asia/Makassar', day)]);
    expect(both.map(([run]) => run!.tanggal)).toEqual(['2026-12-16', '2026-12-16']);
    expect(both.map(([run]) => run!.mails).sort()).toEqual([0, 2]);
    expect(await w.services.db.select().from(outbox).where(eq(outbox.purpose, 'liputan.pengingat'))).toHaveLength(4);
  });

  it('schedules one daily queue per zone', () => {
    expect(liputanReminderQueue('Asia/Jayapura')).toBe('liputan.pengingat.wit');
  });
});
