import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import { formatDate, formatDateTime } from '../../permohonan/format.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { Keberatan } from '../load-keberatan.ts';

/**
 * The receipt shown after an objection is registered: its number, the request it is about,
 * when it was received in the agency's zone and the day the Atasan PPID must answer by.
 */
export function ObjectionReceipt({ ctx, keberatan: k, repeated = false }: { ctx: SiteContext; keberatan: Keberatan; repeated?: boolean }) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  return (
    <>
      <p class="lead" role="status">
        {l(repeated ? 'keberatan.receipt.duplicate' : 'keberatan.receipt.registered')}
      </p>
      <dl class="contact">
        <dt>{l('keberatan.receipt.number')}</dt>
        <dd>
          <strong>{k.number}</strong>
        </dd>
        <dt>{l('keberatan.receipt.permohonan')}</dt>
        <dd>{k.permohonanNumber}</dd>
        <dt>{l('keberatan.receipt.received')}</dt>
        <dd>{formatDateTime(k.receivedAt, ctx.tenant.timeZone, ctx.lang)}</dd>
        <dt>{l('keberatan.receipt.due')}</dt>
        <dd>
          <strong>{k.dueDate ? formatDate(k.dueDate, ctx.lang) : l('keberatan.receipt.due_pending')}</strong>
        </dd>
        <dt>{l('keberatan.receipt.grounds')}</dt>
        <dd>
          <ul>
            {k.grounds.map((g) => (
              <li key={g}>{l(`keberatan.ground.${g}`)}</li>
            ))}
          </ul>
        </dd>
        {k.representativeName ? (
          <>
            <dt>{l('keberatan.receipt.representative')}</dt>
            <dd>{k.representativeName}</dd>
          </>
        ) : null}
      </dl>
      <p>{l('keberatan.receipt.next')}</p>
      <p class="empty">{l('keberatan.receipt.keep')}</p>
    </>
  );
}
