import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { getUnit } from '../org/find-units.ts';
import { tenantsInZone } from '../org/tenants-in-zone.ts';
import { mailCrew } from './crew-mail.ts';
import { crewOf } from './load-liputan.ts';
import { liputan, liputanPengingat } from './schema.ts';

export type ReminderRun = { tenantId: string; tanggal: string; liputan: number; mails: number };

/**
 * The day-before reminder for every tenant in `timeZone`: each planned assignment dated
 * tomorrow (the tenant's date) mails each of its crew who has an address. Each person's row in
 * `liputan_pengingat` is claimed in the same transaction as their mail, so a retried, repeated or
 * concurrent run sends nobody the same reminder twice. Weekends and holidays included: coverage
 * happens then too.
 */
export async function sendDayBeforeReminders(services: Services, timeZone: string, now = new Date()): Promise<ReminderRun[]> {
  const runs: ReminderRun[] = [];
  for (const tenant of await tenantsInZone(services.db, timeZone)) {
    const tomorrow = addDays(localDateOf(now, tenant.timeZone), 1);
    const due = await services.db
      .select()
      .from(liputan)
      .where(and(eq(liputan.tenantId, tenant.id), eq(liputan.tanggal, tomorrow), eq(liputan.status, 'direncanakan')));
    const crews = await crewOf(
      services.db,
      due.map((r) => r.id),
    );
    const run: ReminderRun = { tenantId: tenant.id, tanggal: tomorrow, liputan: due.length, mails: 0 };
    for (const row of due) {
      const crew = crews.get(row.id) ?? [];
      const unit = await getUnit(services.db, row.unitId);
      run.mails += await inTransaction(services.db, async (tx, afterCommit) => {
        const claimed = new Set<string>();
        for (const personId of new Set(crew.filter((p) => p.email?.trim()).map((p) => p.personId))) {
          const got = await tx.insert(liputanPengingat).values({ liputanId: row.id, personId, tanggal: tomorrow }).onConflictDoNothing().returning();
          if (got.length) claimed.add(personId);
        }
        if (claimed.size === 0) return 0;
        const to = crew.filter((p) => claimed.has(p.personId));
        const mailed = await mailCrew(tx, services, afterCommit, 'pengingat', row, to, crew, {
          unitName: unit?.name ?? '',
          timeZone: tenant.timeZone,
          publicUrl: services.config.publicUrl,
        });
        await recordAudit(tx, systemActor, {
          action: 'liputan.pengingat_dikirim',
          entity: 'liputan',
          entityId: row.id,
          tenantId: tenant.id,
          after: { tanggal: tomorrow, personIds: mailed },
        });
        return mailed.length;
      });
    }
    runs.push(run);
  }
  return runs;
}
