import { t } from '../../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../../lib/date-format.ts';
import type { PageSpec, Trail } from '../../site/unit-pages/page-trail.ts';
import type { Crumb } from '../../site/views/layout.tsx';
import { SectionNav } from '../../site/views/link-list.tsx';

export type ListSegment = 'dip' | 'dik';

const titleKey = { dip: 'informasi.dip.title', dik: 'informasi.dik.title' } as const;

/** The title of the DIP or DIK page in the visitor's language. */
export function listTitle(trail: Trail, segment: ListSegment): string {
  return t(trail.ctx.lang, titleKey[segment]);
}

/** The crumb of the DIP or DIK page, under the unit's PPID portal. */
export function listCrumb(trail: Trail, segment: ListSegment): Crumb {
  return trail.crumb(listTitle(trail, segment), 'ppid', segment);
}

/** A DIP/DIK page in the PPID section, with the crumbs down to it and the extra crumbs given. */
export function listPage(trail: Trail, segment: ListSegment, title: string, content: PageSpec['content'], extra: Crumb[] = []): PageSpec {
  return { title, section: 'ppid', crumbs: [...trail.inSection('ppid'), listCrumb(trail, segment), ...extra], content };
}

/** Switches between the two lists, so a visitor of one learns the other exists. */
export function ListNav({ trail, current }: { trail: Trail; current: ListSegment }) {
  const items = (['dip', 'dik'] as const).map((segment) => listCrumb(trail, segment));
  return <SectionNav label={t(trail.ctx.lang, 'site.menu.ppid')} items={items} current={listCrumb(trail, current).href} />;
}

// Calendar dates carry no time: format them in UTC so no zone can shift the day.
const longDate = {
  id: dateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }),
  en: dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};
// A list page shows 20–40 dates and they repeat across pages and requests: each is formatted once
// (the text of a date never changes; the map is emptied when it reaches its bound).
const formatted = new Map<string, string>();
const MAX_FORMATTED = 4096;

/** A `YYYY-MM-DD` date the Indonesian (or English) way: 28 Februari 2025. */
export function formatDate(trail: Trail, isoDate: string): string {
  const lang = trail.ctx.lang === 'en' ? 'en' : 'id';
  const key = lang + isoDate;
  let text = formatted.get(key);
  if (text === undefined) {
    text = longDate[lang].format(new Date(`${isoDate}T00:00:00Z`));
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}
