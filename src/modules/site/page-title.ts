import type { Lang } from '../../i18n/catalogue.ts';

/**
 * An editable page's title in the reader's language. A title an editor wrote is content and is
 * shown as written; a page never saved, or saved with its default (Indonesian) title unchanged,
 * shows the default in the reader's language, so an English page does not carry Indonesian chrome.
 */
export function pageTitleIn(page: { title: string; updatedAt: Date | null }, defaults: { id: string; en: string }, lang: Lang): string {
  const own = page.updatedAt !== null && page.title.trim() !== '' && page.title.trim() !== defaults.id;
  return own ? page.title : defaults[lang];
}
