import type { Queryable } from '../../db/types.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { ACCENT_PAIRS, adjustAccent, MIN_CONTRAST } from './contrast.ts';
import type { SettingsRow } from './load-settings.ts';
import { logoForRender } from './media-port.ts';
import type { SocialLinks } from './schema.ts';

/** Contact details a unit's own record already holds; used while its settings leave them empty. */
export type RecordContact = { address: string | null; phone: string | null; email: string | null };

const ratio = (n: number) => n.toFixed(2);
/** A ratio in the sentence as its reader writes numbers: "4,5:1" in Indonesian, "4.5:1" in English. */
const spoken = (n: number | string, lang: Lang) => (lang === 'id' ? String(n).replace('.', ',') : String(n));

/** The accent as the admin must see it: chosen, used, both ratios and, in words, why they differ. */
export function accentView(chosen: string | null, lang: Lang) {
  if (!chosen) return null;
  const a = adjustAccent(chosen);
  const params = {
    chosen: a.chosen,
    used: a.used,
    chosenRatio: spoken(ratio(a.chosenRatio), lang),
    ratio: spoken(ratio(a.ratio), lang),
    min: spoken(MIN_CONTRAST, lang),
    against: ACCENT_PAIRS.join(', '),
  };
  return {
    chosen: a.chosen,
    used: a.used,
    ratio: Number(ratio(a.ratio)),
    chosenRatio: Number(ratio(a.chosenRatio)),
    adjusted: a.adjusted,
    explanation: t(lang, a.adjusted ? 'situs.accent.adjusted' : 'situs.accent.kept', params),
  };
}

/** The settings of one site for the admin screen, with the unit record's contact beneath empty fields. */
export async function settingsView(db: Queryable, row: SettingsRow | null, record: RecordContact | null, lang: Lang) {
  const logo = row?.logoMediaId ? await logoForRender(db, row.logoMediaId) : null;
  return {
    logoMediaId: row?.logoMediaId ?? null,
    logoPreview: logo ? { src: logo.src, width: logo.width, height: logo.height } : null,
    accentColor: row?.accentColor ?? null,
    accent: accentView(row?.accentColor ?? null, lang),
    address: row?.address ?? null,
    openingHours: row?.openingHours ?? null,
    mapUrl: row?.mapUrl ?? null,
    email: row?.email ?? null,
    phone: row?.phone ?? null,
    complaintUrl: row?.complaintUrl ?? null,
    elearningUrl: row?.elearningUrl ?? null,
    social: (row?.social ?? {}) as SocialLinks,
    /** What the public site shows where the fields above are empty. */
    fromRecord: record,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
