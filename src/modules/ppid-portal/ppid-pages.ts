import type { MessageKey } from '../../i18n/catalogue.ts';
import { parseServiceHours } from './service-hours.ts';

/**
 * The PPID's own pages of a unit's portal: the service pledge (maklumat), the SOPs and the
 * service hours. They are stored as site pages (`site_pages`, edited where the profile pages are)
 * under these slugs, shown at `/{unit}/ppid/{segment}`, and only the unit's PPID and admins edit them.
 */
export const ppidPageSlugs = ['ppid-maklumat', 'ppid-sop', 'ppid-jam-layanan'] as const;
export type PpidPageSlug = (typeof ppidPageSlugs)[number];

type PpidPage = {
  segment: 'maklumat' | 'sop' | 'jam-layanan';
  title: { id: string; en: string };
  /** The editor's hint, for pages whose body has a structure beyond the plain markup. */
  hint: MessageKey | null;
  /** Refuses a body the page cannot show: the line at fault and why. */
  check?(body: string): { line: number; message: MessageKey } | null;
};

export const ppidPages: Record<PpidPageSlug, PpidPage> = {
  'ppid-maklumat': { segment: 'maklumat', title: { id: 'Maklumat Pelayanan Informasi Publik', en: 'Public information service pledge' }, hint: null },
  'ppid-sop': { segment: 'sop', title: { id: 'Standar Operasional Prosedur (SOP)', en: 'Standard operating procedures (SOP)' }, hint: 'ppid_portal.hint.sop' },
  'ppid-jam-layanan': {
    segment: 'jam-layanan',
    title: { id: 'Jam Layanan Informasi', en: 'Service hours' },
    hint: 'ppid_portal.hint.jam',
    check(body) {
      const parsed = parseServiceHours(body);
      return parsed.ok ? null : { line: parsed.line, message: parsed.message };
    },
  },
};

/** Whether a path segment names a PPID page. */
export function isPpidPageSlug(slug: string): slug is PpidPageSlug {
  return (ppidPageSlugs as readonly string[]).includes(slug);
}

/** The slug stored for a portal segment (`maklumat` → `ppid-maklumat`). */
export function slugOfSegment(segment: PpidPage['segment']): PpidPageSlug {
  return `ppid-${segment}` as PpidPageSlug;
}
