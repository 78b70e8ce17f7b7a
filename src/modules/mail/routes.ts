import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { listOutbox } from './list-outbox.ts';

/** The outbox, readable by admins: with no SMTP configured this is where mails wait. */
export function registerOutboxApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/outbox',
      summary: 'Mails sent, failed or held',
      auth: 'user',
      query: z.object({
        status: z.enum(['queued', 'sent', 'failed', 'held']).optional(),
        before: z.coerce.date().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'outbox.view');
      return c.json({ items: await listOutbox(services.db, user.tenantId, query) });
    },
  );
}
