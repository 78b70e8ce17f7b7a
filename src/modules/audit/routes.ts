import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { actionLabels, entityLabels } from './action-labels.ts';
import { anchorFileOf, readAnchorFile } from './anchor.ts';
import { auditKeyOf } from './audit-key.ts';
import { describeAudit } from './describe-audit.ts';
import { listAudit } from './list-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/** Browsing and verifying the audit log; there is deliberately no route that changes it. */
export function registerAuditApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/audit',
      summary: 'Audit log, newest first, with each action and thing named in the reader’s language',
      auth: 'user',
      query: z.object({
        entity: z.string().max(60).optional(),
        entityId: z.string().max(100).optional(),
        action: z.string().max(60).optional(),
        actor: z.string().max(120).optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
        before: z.coerce.number().int().positive().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'audit.view');
      const page = await listAudit(services.db, { ...query, tenantId: user.tenantId });
      return c.json({ ...page, items: await describeAudit(services.db, page.items, c.get('lang')) });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/audit/catalogue',
      summary: 'Every action and kind of thing the log records, in the reader’s language (for the filters)',
      auth: 'user',
    },
    async (c, _input, { user }) => {
      assertOrg(await loadActor(c.get('services').db, user), 'audit.view');
      const lang = c.get('lang');
      const list = (labels: typeof actionLabels) =>
        Object.entries(labels)
          .map(([code, label]) => ({ code, label: label[lang] }))
          .sort((a, b) => a.label.localeCompare(b.label, lang));
      return c.json({ actions: list(actionLabels), entities: list(entityLabels) });
    },
  );

  api.route(
    { method: 'get', path: '/audit/verify', summary: 'Recompute the HMAC chain of the whole log against its recorded heads', auth: 'user' },
    async (c, _input, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'audit.view');
      return c.json(await verifyAuditChain(services.db, auditKeyOf(services.secrets), { fileAnchor: readAnchorFile(anchorFileOf(services.config.dataDir)) }));
    },
  );
}
