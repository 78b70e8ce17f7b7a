import { t } from '../../i18n/catalogue.ts';
import type { PortalSection } from '../site/portal.ts';
import { objectionFormPage } from './pages.tsx';

/** The objection section of each unit's PPID portal: the form at `/{unit}/ppid/keberatan` (its POST is `registerKeberatanForm`). */
export const keberatanPortalSection: PortalSection = {
  segment: 'keberatan',
  label: { id: t('id', 'keberatan.portal_label'), en: t('en', 'keberatan.portal_label') },
  async page(_db, trail, rest) {
    return rest.length === 0 ? objectionFormPage(trail) : null;
  },
};
