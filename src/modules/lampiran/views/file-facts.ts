import { type Lang, type MessageKey, t } from '../../../i18n/catalogue.ts';
import { formatSize } from '../format-size.ts';
import type { LampiranView } from '../lampiran-view.ts';

/** "PDF, 1,2 MB" for a file; "tautan" for a link: what a download link says beside its title. */
export function fileFacts(item: LampiranView, lang: Lang): string {
  if (item.kind === 'link') return t(lang, 'lampiran.link');
  return `${t(lang, `lampiran.type.${item.mediaType}` as MessageKey)}, ${formatSize(item.size ?? 0, lang)}`;
}
