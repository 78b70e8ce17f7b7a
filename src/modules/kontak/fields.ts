import { z } from 'zod';
import { formFields } from '../../lib/form-fields.ts';

const { msg, text, phone } = formFields('kontak');

/** The most web links a message may carry: a citizen may cite one or two pages; spam carries many. */
export const MAX_LINKS = 2;
const links = (s: string) => (s.match(/https?:\/\/|www\./gi) ?? []).length;

/** The public contact form, as posted. */
export const kontakFormBody = z.object({
  senderName: text('senderName', 2, 120).refine((s) => links(s) === 0, { message: msg('senderName') }),
  senderEmail: z.email({ message: msg('senderEmail') }).max(200, { message: msg('senderEmail') }),
  senderPhone: phone('senderPhone'),
  subject: text('subject', 3, 200).refine((s) => links(s) === 0, { message: msg('subject_links') }),
  body: text('body', 10, 5000).refine((s) => links(s) <= MAX_LINKS, { message: msg('body_links') }),
});
export type KontakForm = z.output<typeof kontakFormBody>;
