import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Permohonan } from '../load-permohonan.ts';
import { RECEIPT_MINUTES } from '../receipt-cookie.ts';

type Props = { ctx: SiteContext; permohonan: Permohonan; token: string; trackUrl: string; repeated?: boolean };

/**
 * The receipt (tanda bukti) shown after a public request is registered: the number, when it
 * was received in the agency's zone, the due date and the tracking link with its secret code.
 */
export function Receipt({ ctx, permohonan: p, token, trackUrl, repeated = false }: Props) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return (
    <>
      <p class="lead" role="status">
        {l(repeated ? 'permohonan.receipt.duplicate' : 'permohonan.receipt.registered')}
      </p>
      <dl class="contact">
        <dt>{l('permohonan.receipt.number')}</dt>
        <dd>
          <strong>{p.number}</strong>
        </dd>
        <dt>{l('permohonan.receipt.received')}</dt>
        <dd>{formatDateTime(p.receivedAt, ctx.tenant.timeZone, ctx.lang)}</dd>
        <dt>{l('permohonan.receipt.due')}</dt>
        <dd>{p.dueDate ? formatDate(p.dueDate, ctx.lang) : l('permohonan.receipt.due_pending')}</dd>
        <dt>{l('permohonan.field.requesterName')}</dt>
        <dd>{p.requesterName}</dd>
        <dt>{l('permohonan.field.informationDetails')}</dt>
        <dd>{p.informationDetails}</dd>
        <dt>{l('permohonan.receipt.token')}</dt>
        <dd>
          <code>{token}</code>
        </dd>
        <dt>{l('permohonan.receipt.track')}</dt>
        <dd>
          <a href={trackUrl}>{trackUrl}</a>
        </dd>
      </dl>
      <p class="empty">{t(ctx.lang, 'permohonan.receipt.keep', { minutes: RECEIPT_MINUTES })}</p>
    </>
  );
}
