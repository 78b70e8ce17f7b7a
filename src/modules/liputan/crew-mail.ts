import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { clockTimeOf } from '../../lib/zoned-time.ts';
import type { Services } from '../../services.ts';
import { langsOfPeople } from '../auth/langs-of-people.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';
import { adminLink, reminderDate } from '../pemberitahuan/reminder-mail.ts';
import type { LiputanRow, Petugas } from './load-liputan.ts';

export type CrewMailKind = 'ditugaskan' | 'pengingat';

type Context = { unitName: string; timeZone: string; publicUrl: string };

/** One assignee's mail in their language: what, when (their zone, in words), where, their part and the crew. */
export function crewMail(kind: CrewMailKind, lang: Lang, row: LiputanRow, person: { nama: string; parts: string[] }, crew: Petugas[], ctx: Context) {
  const date = reminderDate(row.tanggal, lang);
  const time = clockTimeOf(row.mulai, ctx.timeZone).replace(':', '.');
  const zone = timeZoneLabel[ctx.timeZone as TimeZone] ?? ctx.timeZone;
  const part = (p: string) => t(lang, `liputan.peran.${p}` as MessageKey);
  const names = [...new Set(crew.map((c) => c.nama))].map(
    (n) =>
      `${n} (${crew
        .filter((c) => c.nama === n)
        .map((c) => part(c.peran))
        .join(', ')})`,
  );
  const lines = [
    t(lang, 'liputan.mail.greeting', { name: person.nama }),
    '',
    t(lang, kind === 'ditugaskan' ? 'liputan.mail.assigned_intro' : 'liputan.mail.reminder_intro', { unit: ctx.unitName }),
    '',
    t(lang, 'liputan.mail.activity', { value: row.kegiatan }),
    t(lang, 'liputan.mail.when', { date, time, zone }),
    t(lang, 'liputan.mail.place', { value: row.tempat }),
    t(lang, 'liputan.mail.part', { value: person.parts.map(part).join(', ') }),
    t(lang, 'liputan.mail.team', { value: names.join('; ') }),
    ...(row.catatan ? [t(lang, 'liputan.mail.notes', { value: row.catatan })] : []),
    '',
    t(lang, 'liputan.mail.open', { link: adminLink(ctx.publicUrl, `liputan/${row.id}`) }),
    '',
    t(lang, 'liputan.mail.footer'),
  ];
  const subject =
    kind === 'ditugaskan'
      ? t(lang, 'liputan.mail.assigned_subject', { kegiatan: row.kegiatan, date })
      : t(lang, 'liputan.mail.reminder_subject', { kegiatan: row.kegiatan, time: `${time} ${zone}` });
  return { subject, text: lines.join('\n') };
}

/**
 * Queues one mail per person of `to` (a person with two parts gets one mail) who has an
 * address, in the caller's transaction. Returns the people mailed.
 */
export async function mailCrew(
  tx: Tx,
  services: Services,
  afterCommit: AfterCommit,
  kind: CrewMailKind,
  row: LiputanRow,
  to: Petugas[],
  crew: Petugas[],
  ctx: Context,
): Promise<string[]> {
  const people = new Map<string, { nama: string; email: string | null; parts: string[] }>();
  for (const p of to) {
    const entry = people.get(p.personId) ?? { nama: p.nama, email: p.email, parts: [] };
    entry.parts.push(p.peran);
    people.set(p.personId, entry);
  }
  const langs = await langsOfPeople(tx, [...people.keys()]);
  const mailed: string[] = [];
  for (const [personId, person] of people) {
    if (!person.email?.trim()) continue;
    const mail = crewMail(kind, langs.get(personId) ?? 'id', row, person, crew, ctx);
    const draft = { tenantId: row.tenantId, to: person.email.trim(), ...mail };
    if (kind === 'ditugaskan') await queueMail(tx, services, afterCommit, { ...draft, purpose: 'liputan.penugasan' });
    else await queueMail(tx, services, afterCommit, { ...draft, purpose: 'liputan.pengingat' });
    mailed.push(personId);
  }
  return mailed;
}
