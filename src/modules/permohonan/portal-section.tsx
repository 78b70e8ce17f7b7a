import { t } from '../../i18n/catalogue.ts';
import type { PortalSection } from '../site/portal.ts';
import { formPage, trackingPage } from './pages.tsx';
import { trackPermohonan } from './track-permohonan.ts';

/**
 * The request section of each unit's PPID portal: the form at `/{unit}/ppid/permohonan` (its POST
 * is `registerPermohonanForm`) and the tracking page at `/{unit}/ppid/permohonan/lacak`.
 */
export const permohonanPortalSection: PortalSection = {
  segment: 'permohonan',
  label: { id: t('id', 'permohonan.portal_label'), en: t('en', 'permohonan.portal_label') },
  async page(db, trail, rest, query) {
    if (rest.length === 0) return formPage(trail);
    if (rest.length > 1 || rest[0] !== 'lacak') return null;
    const number = query.get('nomor')?.trim() ?? '';
    const token = query.get('token')?.trim() ?? '';
    if (!number && !token) return trackingPage(trail, null, null);
    // The link in an e-mail carries the number alone: the form, filled in, asks for the code.
    if (!token) return trackingPage(trail, { number: number.slice(0, 60), token: '' }, null, 'code_needed');
    const found = number ? await trackPermohonan(db, trail.unit.id, number, token) : null;
    return trackingPage(trail, { number, token }, found);
  },
};
