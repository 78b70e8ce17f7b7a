import type { Notice } from './notice.ts';

/** The notice as plain text for an e-mail body: the same content as the documents, line by line. */
export function noticeText(notice: Notice): string {
  const lines = [
    ...notice.letterhead,
    '',
    notice.title,
    ...notice.subtitle,
    '',
    notice.intro,
    ...notice.requester.map(([label, value]) => `  ${label}: ${value}`),
    '',
    notice.asFollows,
  ];
  for (const el of notice.elements) {
    lines.push('', el.label, ...el.lines.map((l) => `   ${l}`), ...(el.items ?? []).map((item, i) => `   ${i + 1}. ${item}`));
  }
  if (notice.attachments) lines.push('', notice.attachments.title, ...notice.attachments.items.map((item, i) => `   ${i + 1}. ${item}`));
  if (notice.objection) lines.push('', notice.objection.title, notice.objection.text);
  lines.push('', notice.signature.placeDate, notice.signature.role, '', notice.signature.name, ...(notice.signature.nip ? [notice.signature.nip] : []));
  return lines.join('\n');
}
