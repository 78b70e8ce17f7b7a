import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { computeDueDate } from '../hari-kerja/compute-due-date.ts';
import { addDays, localDateOf, weekdayOf } from '../hari-kerja/local-date.ts';
import { createInformasi } from '../informasi/create-informasi.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import type { OrgActor } from '../org/actor.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { registerPermohonan } from '../permohonan/register-permohonan.ts';
import { transitionPermohonan } from '../permohonan/transition.ts';
import { updateSitePage } from '../site/update-site-page.ts';
import { demoPastRequests, type PastRequest } from './demo-past-requests.ts';
import { demoInformasi, demoPpidPages, demoRequests } from './demo-ppid-data.ts';

const utcOffset: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

/** What every demo request has in common. */
const defaults = {
  requesterAddress: 'Kota Batu Lontar, Provinsi Nusa Lontar',
  requesterOccupation: null,
  purpose: 'Bahan kajian dan pengawasan layanan publik',
  obtainMethod: 'salinan_softcopy',
  copyDelivery: 'email',
} as const;

/** 09.00 local time on the weekday `daysAgo` calendar days back (a weekend moves to the Friday before). */
function receivedAt(timeZone: string, daysAgo: number, now: Date): Date {
  let date = addDays(localDateOf(now, timeZone), -daysAgo);
  while ([0, 6].includes(weekdayOf(date))) date = addDays(date, -1);
  return new Date(`${date}T09:00:00${utcOffset[timeZone] ?? '+07:00'}`);
}

/**
 * Fills the demo units' PPID portals through the modules' own operations (validated, audited):
 * information lists, maklumat/SOP/service hours, and a dozen requests moved through the request
 * state machine — numbers, history and due dates as real ones — with one objection; and the
 * decided requests of the two quarters before, so the public KIP reports show finished quarters.
 */
export async function seedPpidDemo(
  services: Services,
  tenant: Tenant,
  admin: SessionUser,
  actor: OrgActor,
  units: Map<string, Unit>,
  now = new Date(),
): Promise<void> {
  const today = localDateOf(now, tenant.timeZone);
  for (const [slug, items] of Object.entries(demoInformasi)) {
    const unit = units.get(slug);
    if (!unit) continue;
    for (const { terbitHariLalu, ...item } of items) {
      const tanggalTerbit = terbitHariLalu === null ? null : addDays(today, -terbitHariLalu);
      await createInformasi(services, admin, actor, unit.id, { ...item, tanggalTerbit });
    }
  }
  for (const [slug, pages] of Object.entries(demoPpidPages)) {
    const unit = units.get(slug);
    if (!unit) continue;
    for (const page of pages) await updateSitePage(services.db, { unit, slug: page.slug, title: page.title, body: page.body, user: admin });
  }
  for (const past of demoPastRequests(today)) {
    const unit = units.get(past.unit);
    if (unit) await seedPastRequest(services, tenant, admin, actor, unit, past);
  }
  // Oldest first, so registration numbers follow the receipt dates.
  for (const demo of [...demoRequests].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const unit = units.get(demo.unit);
    if (!unit) continue;
    const { permohonan } = await registerPermohonan(
      services,
      tenant,
      unit,
      {
        ...defaults,
        ...demo.input,
        receivedAt: receivedAt(tenant.timeZone, demo.daysAgo, now),
      },
      null,
    );
    let current = permohonan;
    for (const step of demo.steps) {
      // A decision's notice went out four working days after receipt (never later than today).
      const dated =
        step.ke === 'diproses' || step.ke === 'diperpanjang' ? step : { ...step, tanggal: await noticeDate(services, tenant, permohonan.receivedAt, 4) };
      current = await transitionPermohonan(services, admin, actor, current.id, dated);
    }
    if (demo.objection) {
      await registerKeberatan(
        services,
        tenant,
        unit,
        {
          request: { ...current, status: current.status as 'ditolak' },
          channel: 'website',
          receivedAt: now,
          grounds: ['a'],
          reason: 'Pemohon menilai soal ujian angkatan yang sudah lulus tidak lagi perlu dikecualikan.',
          representativeName: null,
          representativeAddress: null,
          representativePhone: null,
          powerOfAttorneyNote: null,
        },
        null,
      );
    }
  }
}

/** Registers a past request at 09.00 local time and decides it with its notice dated as the pattern says. */
async function seedPastRequest(services: Services, tenant: Tenant, admin: SessionUser, actor: OrgActor, unit: Unit, past: PastRequest): Promise<void> {
  const { unit: _unit, receivedOn, decision, workingDays, ...requester } = past;
  const receivedAt = new Date(`${receivedOn}T09:00:00${utcOffset[tenant.timeZone] ?? '+07:00'}`);
  const { permohonan } = await registerPermohonan(services, tenant, unit, { ...defaults, ...requester, receivedAt }, null);
  let current = permohonan;
  if (decision.ke !== 'ditarik' && decision.ke !== 'diteruskan') current = await transitionPermohonan(services, admin, actor, current.id, { ke: 'diproses' });
  await transitionPermohonan(services, admin, actor, current.id, { ...decision, tanggal: await noticeDate(services, tenant, receivedAt, workingDays) });
}

/** The date `workingDays` after receipt on the tenant's calendar; today if that is still ahead (early in a quarter). */
async function noticeDate(services: Services, tenant: Tenant, receivedAt: Date, workingDays: number): Promise<string> {
  const start = localDateOf(receivedAt, tenant.timeZone);
  const { due } = await computeDueDate(services.db, { start, days: workingDays, timeZone: tenant.timeZone, tenantId: tenant.id });
  const today = localDateOf(new Date(), tenant.timeZone);
  return due > today ? today : due;
}
