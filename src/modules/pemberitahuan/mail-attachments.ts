import type { LampiranView } from '../lampiran/lampiran-view.ts';
import type { MailAttachment } from '../mail/schema.ts';

/**
 * The most file bytes one notice e-mail carries. Base64 makes them a third larger (~9.3 MB), under
 * the 10 MB many mail servers accept; what does not fit is downloaded from the tracking page.
 */
export const NOTICE_MAIL_MAX_BYTES = 7 * 1024 * 1024;

/** The decision's files split into those sent with the e-mail (in order, while they fit) and the rest. */
export function splitMailAttachments(items: LampiranView[]): { attached: MailAttachment[]; tooLarge: LampiranView[] } {
  const attached: MailAttachment[] = [];
  const tooLarge: LampiranView[] = [];
  let total = 0;
  for (const item of items) {
    if (item.kind !== 'file') continue;
    const size = item.size ?? 0;
    if (total + size > NOTICE_MAIL_MAX_BYTES) {
      tooLarge.push(item);
      continue;
    }
    total += size;
    attached.push({ lampiranId: item.id, fileName: item.fileName ?? 'lampiran', mediaType: item.mediaType ?? 'application/octet-stream' });
  }
  return { attached, tooLarge };
}
