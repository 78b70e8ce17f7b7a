import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { parseWith } from '../../http/validate.ts';
import { t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from './actor.ts';
import { importTeamMembers } from './import-team-members.ts';
import { assertOrg } from './policy.ts';
import { IMPORT_MAX_BYTES } from './read-team-table.ts';

const form = z.object({
  file: z.instanceof(File, { message: 'msg:org.import.file_missing' }),
  dryRun: z.enum(['true', 'false']).default('true'),
  decreeId: z.union([z.uuid(), z.literal('')]).optional(),
});

/** Team list import from a multipart upload; the file's bytes decide CSV or XLSX. */
export function registerImportRoutes(api: ApiRouter): void {
  api.route(
    { method: 'post', path: '/imports/team-members', summary: 'Import team members from CSV or XLSX (multipart: file, dryRun, decreeId)', auth: 'user' },
    async (c, _i, { user }) => {
      const services = c.get('services');
      const lang = c.get('lang');
      assertOrg(await loadActor(services.db, user), 'import.run');
      const raw = await c.req.parseBody().catch(() => {
        throw new AppError('invalid', 'org.import.file_missing', 'file');
      });
      const input = parseWith(form, raw, lang);
      if (input.file.size > IMPORT_MAX_BYTES) throw new AppError('invalid', 'org.import.file_too_large', 'file', { mb: IMPORT_MAX_BYTES / 1024 / 1024 });
      const result = await importTeamMembers(services, user, {
        file: new Uint8Array(await input.file.arrayBuffer()),
        dryRun: input.dryRun === 'true',
        decreeId: input.decreeId || null,
        lang,
      });
      if (result.ok) return c.json(result);
      const failing = result.rows.filter((r) => r.errors.length > 0).length;
      return c.json({ code: 'invalid', message: t(lang, 'org.import.rows_invalid', { count: failing }), field: 'file', ...result }, 400);
    },
  );
}
