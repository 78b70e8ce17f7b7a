import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Decision } from '../terms.ts';
import type { TrackedPermohonan } from '../track-permohonan.ts';

/** The plain GET form of the tracking page; it works without JavaScript. */
export function TrackingForm({ ctx, action, number = '', token = '' }: { ctx: SiteContext; action: string; number?: string; token?: string }) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  return (
    <form class="form" method="get" action={action}>
      <p>{l('permohonan.track.intro')}</p>
      {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div class="field">
        <label for="f-nomor">{l('permohonan.track.number')}</label>
        <input id="f-nomor" name="nomor" value={number} required autocomplete="off" />
      </div>
      <div class="field">
        <label for="f-token">{l('permohonan.track.token')}</label>
        <input id="f-token" name="token" value={token} required autocomplete="off" />
      </div>
      <button type="submit">{l('permohonan.track.submit')}</button>
    </form>
  );
}

/** What the requester may see about the case: status, deadlines and the decision, nothing personal. */
export function TrackingResult({ ctx, p }: { ctx: SiteContext; p: TrackedPermohonan }) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  return (
    <dl class="contact">
      <dt>{l('permohonan.receipt.number')}</dt>
      <dd>{p.number}</dd>
      <dt>{l('permohonan.track.status')}</dt>
      <dd>
        <strong>{l(`permohonan.status.${p.status}`)}</strong>
      </dd>
      <dt>{l('permohonan.receipt.received')}</dt>
      <dd>{formatDateTime(p.receivedAt, ctx.tenant.timeZone, ctx.lang)}</dd>
      <dt>{l('permohonan.receipt.due')}</dt>
      <dd>{p.dueDate ? formatDate(p.dueDate, ctx.lang) : l('permohonan.receipt.due_pending')}</dd>
      {p.extendedDueDate ? (
        <>
          <dt>{l('permohonan.track.extended_due')}</dt>
          <dd>{formatDate(p.extendedDueDate, ctx.lang)}</dd>
          <dt>{l('permohonan.track.extension_reason')}</dt>
          <dd>{p.extensionReason}</dd>
        </>
      ) : null}
      {p.decidedAt ? (
        <>
          <dt>{l('permohonan.track.decided')}</dt>
          <dd>{formatDateTime(p.decidedAt, ctx.tenant.timeZone, ctx.lang)}</dd>
        </>
      ) : null}
      {p.decision ? <DecisionSummary ctx={ctx} decision={p.decision} /> : null}
    </dl>
  );
}

function DecisionSummary({ ctx, decision }: { ctx: SiteContext; decision: Decision }) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  switch (decision.kind) {
    case 'dikabulkan_sebagian':
      return (
        <>
          <dt>{l('permohonan.track.parts')}</dt>
          <dd>
            <ul>
              {decision.bagian.map((b) => (
                <li key={b.bagian}>
                  {b.bagian}: {b.alasan}
                </li>
              ))}
            </ul>
          </dd>
        </>
      );
    case 'ditolak':
      return (
        <>
          <dt>{l('permohonan.track.ground')}</dt>
          <dd>{groundLabel(ctx, decision.dasar)}</dd>
          {decision.pemegang ? (
            <>
              <dt>{l('permohonan.track.holder')}</dt>
              <dd>{decision.pemegang}</dd>
            </>
          ) : null}
        </>
      );
    case 'diteruskan':
      return (
        <>
          <dt>{l('permohonan.track.forwarded_to')}</dt>
          <dd>{decision.tujuan}</dd>
        </>
      );
    default:
      return null;
  }
}

/** A refusal ground in words, e.g. "… Pasal 17 huruf b". */
export function groundLabel(ctx: SiteContext, ground: string): string {
  const letter = /^pasal_17_([a-j])$/.exec(ground)?.[1];
  if (letter) return t(ctx.lang, 'permohonan.ground.pasal_17', { letter });
  return t(ctx.lang, `permohonan.ground.${ground}` as MessageKey);
}
