import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../lib/date-format.ts';
import type { ReminderDay } from './reminder-day.ts';
import type { ReminderRecipient } from './reminder-recipients.ts';
import type { ReminderDigest, ReminderItem } from './select-reminders.ts';

export type ReminderMail = { subject: string; text: string };

/** "Jumat, 14 Agustus 2026" — with the weekday, since "due soon" is about the days just ahead. */
export function reminderDate(localDate: string, lang: Lang): string {
  return dateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${localDate}T00:00:00Z`));
}

/** Where the officer opens the case in the admin: `/admin/permohonan/:id` or `/admin/keberatan/:id`. */
export function adminLink(publicUrl: string, adminPath: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/admin/${adminPath}`;
}

type Section = { heading: MessageKey; items: ReminderItem[]; kind: 'permohonan' | 'keberatan' };

/**
 * One unit's digest as a plain-text mail in the recipient's language: overdue first, then due
 * soon, requests before objections, each line with number, due date and status, and its link below.
 */
export function reminderMail(
  lang: Lang,
  ctx: { unitName: string; day: ReminderDay; publicUrl: string; recipient: ReminderRecipient },
  digest: ReminderDigest,
): ReminderMail {
  const date = reminderDate(ctx.day.today, lang);
  const horizon = reminderDate(ctx.day.horizon, lang);
  const sections: Section[] = [
    { heading: 'pemberitahuan.reminder.requests_overdue', items: digest.requests.overdue, kind: 'permohonan' },
    { heading: 'pemberitahuan.reminder.requests_due_soon', items: digest.requests.dueSoon, kind: 'permohonan' },
    { heading: 'pemberitahuan.reminder.objections_overdue', items: digest.objections.overdue, kind: 'keberatan' },
    { heading: 'pemberitahuan.reminder.objections_due_soon', items: digest.objections.dueSoon, kind: 'keberatan' },
  ];
  const line = (kind: Section['kind'], item: ReminderItem) => {
    const params = {
      number: item.number,
      request: item.permohonanNumber,
      due: reminderDate(item.due, lang),
      status: t(lang, `${kind}.status.${item.status}` as MessageKey),
    };
    const key: MessageKey = kind === 'permohonan' ? 'pemberitahuan.reminder.request_item' : 'pemberitahuan.reminder.objection_item';
    return `${t(lang, key, params)}\n  ${adminLink(ctx.publicUrl, item.adminPath)}`;
  };
  const blocks = sections
    .filter((s) => s.items.length > 0)
    .map((s) => [t(lang, s.heading, { count: s.items.length, horizon }), ...s.items.map((i) => line(s.kind, i))].join('\n'));
  const text = [
    t(lang, 'pemberitahuan.reminder.greeting', { name: ctx.recipient.name }),
    t(lang, 'pemberitahuan.reminder.intro', { unit: ctx.unitName, date }),
    ...blocks,
    t(lang, 'pemberitahuan.reminder.outro'),
    t(lang, 'pemberitahuan.reminder.footer', { unit: ctx.unitName }),
  ].join('\n\n');
  return { subject: t(lang, 'pemberitahuan.reminder.subject', { unit: ctx.unitName, date }), text: `${text}\n` };
}
