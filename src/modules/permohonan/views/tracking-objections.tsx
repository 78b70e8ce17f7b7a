import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { PublicObjection, RequestObjections } from '../../keberatan/objections-of-request.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { formatDate, formatDateTime } from '../format.ts';

type Props = { ctx: SiteContext; objections: RequestObjections; formHref: string };

/**
 * The objection part of the tracking page: a link to the objection form with the request number
 * filled in while the requester may still object, and each objection filed with its status and
 * the Atasan PPID's written answer. Shows nothing for a request that cannot be objected to yet.
 */
export function TrackingObjections({ ctx, objections, formHref }: Props) {
  const l = (key: MessageKey, params?: Record<string, string>) => t(ctx.lang, key, params);
  if (!objections.canObject && objections.objections.length === 0) return null;
  const deadline = objections.filingDeadline;
  return (
    <section aria-labelledby="keberatan-heading">
      <h2 id="keberatan-heading">{l('keberatan.track.heading')}</h2>
      {objections.objections.map((o) => (
        <FiledObjection key={o.number} ctx={ctx} o={o} />
      ))}
      {objections.canObject ? (
        <>
          <p>{l(objections.about === 'no_answer' ? 'keberatan.track.no_answer' : 'keberatan.track.not_satisfied')}</p>
          <p>{deadline ? l('keberatan.track.can_object', { deadline: formatDate(deadline, ctx.lang) }) : l('keberatan.track.can_object_undated')}</p>
          <p>
            <a href={formHref}>{l('keberatan.track.link')}</a>
          </p>
        </>
      ) : null}
    </section>
  );
}

function FiledObjection({ ctx, o }: { ctx: SiteContext; o: PublicObjection }) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  const d = o.decision;
  return (
    <dl class="contact">
      <dt>{l('keberatan.receipt.number')}</dt>
      <dd>{o.number}</dd>
      <dt>{l('keberatan.track.status')}</dt>
      <dd>
        <strong>{l(`keberatan.status.${o.status}`)}</strong>
      </dd>
      <dt>{l('keberatan.receipt.received')}</dt>
      <dd>{formatDateTime(o.receivedAt, ctx.tenant.timeZone, ctx.lang)}</dd>
      {d ? null : (
        <>
          <dt>{l('keberatan.receipt.due')}</dt>
          <dd>{o.dueDate ? formatDate(o.dueDate, ctx.lang) : l('keberatan.receipt.due_pending')}</dd>
        </>
      )}
      {d ? (
        <>
          <dt>{l('keberatan.track.verdict')}</dt>
          <dd>
            <strong>{l(`keberatan.verdict.${d.putusan}`)}</strong> ({formatDate(d.tanggal, ctx.lang)})
          </dd>
          <dt>{l('keberatan.track.answer')}</dt>
          <dd>{d.tanggapan}</dd>
          <dt>{l(d.putusan === 'dikabulkan' ? 'keberatan.track.order' : 'keberatan.track.reasons')}</dt>
          <dd>{d.putusan === 'dikabulkan' ? d.perintah : d.alasan}</dd>
        </>
      ) : null}
    </dl>
  );
}
