import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { listOutbox } from './list-outbox.ts';
import { type MailPurpose, mailPurposeLabel, mailPurposeLabels, mailStatuses, mailStatusLabel } from './mail-labels.ts';

const purposes = Object.keys(mailPurposeLabels) as [MailPurpose, ...MailPurpose[]];

/** The outbox, readable by admins: with no SMTP configured this is where mails wait. */
export function registerOutboxApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/outbox',
      summary: 'Mails sent, failed or held, with their status and purpose in the reader’s language',
      auth: 'user',
      query: z.object({
        status: z.enum(mailStatuses).optional(),
        purpose: z.enum(purposes).optional(),
        before: z.coerce.date().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'outbox.view');
      const lang = c.get('lang');
      const rows = await listOutbox(services.db, user.tenantId, query);
      return c.json({
        items: rows.map((row) => ({ ...row, statusLabel: mailStatusLabel(row.status, lang), purposeLabel: mailPurposeLabel(row.purpose, lang) })),
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/outbox/catalogue',
      summary: 'Every mail status and purpose, in the reader’s language (for the filters)',
      auth: 'user',
    },
    async (c, _input, { user }) => {
      assertOrg(await loadActor(c.get('services').db, user), 'outbox.view');
      const lang = c.get('lang');
      return c.json({
        // Statuses in the order a mail goes through them; purposes by label.
        statuses: mailStatuses.map((code) => ({ code, label: mailStatusLabel(code, lang) })),
        purposes: purposes.map((code) => ({ code, label: mailPurposeLabel(code, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang)),
      });
    },
  );
}
