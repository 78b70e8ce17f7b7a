import type { PortalSection } from '../site/portal.ts';
import { emonevSection } from './emonev-section.tsx';
import { jamLayananSection } from './jam-layanan-section.tsx';
import { maklumatSection } from './maklumat-section.tsx';
import { registerSection } from './register-section.tsx';
import { sopSection } from './sop-section.tsx';

/**
 * The whole PPID portal: the other modules' sections with this module's service standards
 * (maklumat, SOP, service hours), the anonymised register and the e-Monev list, which checks
 * the sections actually served.
 */
export function withPpidPortal(others: PortalSection[]): PortalSection[] {
  const all: PortalSection[] = [];
  const segments = () => new Set(all.map((s) => s.segment));
  all.push(...others, maklumatSection, sopSection, jamLayananSection, registerSection, emonevSection(segments));
  return all;
}
