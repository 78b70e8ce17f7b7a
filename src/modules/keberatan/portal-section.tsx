import { t } from '../../i18n/catalogue.ts';
import type { PortalSection } from '../site/portal.ts';
import { objectionFormPage } from './pages.tsx';

/**
 * The objection section of each unit's PPID portal: the form at `/{unit}/ppid/keberatan` (its POST
 * is `registerKeberatanForm`). `?nomor=` fills in the request number, as linked from the request's
 * tracking page.
 */
export const keberatanPortalSection: PortalSection = {
  segment: 'keberatan',
  label: { id: t('id', 'keberatan.portal_label'), en: t('en', 'keberatan.portal_label') },
  async page(_db, trail, rest, query) {
    if (rest.length > 0) return null;
    const number = query.get('nomor')?.trim().slice(0, 60);
    return number ? objectionFormPage(trail, { values: { permohonanNumber: number }, prefilled: true }) : objectionFormPage(trail);
  },
};
