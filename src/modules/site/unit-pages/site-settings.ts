import type { Queryable } from '../../../db/types.ts';

/**
 * What a unit sets about its own site and the home page shows (helper `unit-kontak` adds the
 * settings themselves). Every field may be missing: the home page shows only what is set.
 */
export type UnitSiteSettings = {
  /** The unit's logo, as a photo of its media library already made public (URL, size, alt). */
  logo: { src: string; width: number; height: number; alt: string } | null;
  address: string | null;
  /** Opening hours as the unit writes them ("Senin–Jumat 07.30–16.00 WITA"). */
  hours: string | null;
  /** A link to the office on a map (opened on the map's site; nothing is embedded). */
  mapUrl: string | null;
  /** The unit's social media accounts, in the order the unit listed them. */
  social: Array<{ label: string; url: string }>;
  /** The complaint channel (e.g. SP4N-LAPOR!); without it the home points to Kontak. */
  complaintUrl: string | null;
  elearningUrl: string | null;
};

/**
 * The unit's site settings, or null while none are stored. INTEGRATION POINT: when the settings of
 * `unit-kontak` are merged, read them here (one query by unit id) and map them to this shape;
 * the home page and `/e-learning` already render every field.
 */
export async function loadUnitSiteSettings(_db: Queryable, _unitId: string): Promise<UnitSiteSettings | null> {
  return null;
}
