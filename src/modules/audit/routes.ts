import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { anchorFileOf, readAnchorFile } from './anchor.ts';
import { auditKeyOf } from './audit-key.ts';
import { listAudit } from './list-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/** Browsing and verifying the audit log; there is deliberately no route that changes it. */
export function registerAuditApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/audit',
      summary: 'Audit log, newest first',
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
      return c.json(await listAudit(services.db, { ...query, tenantId: user.tenantId }));
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
