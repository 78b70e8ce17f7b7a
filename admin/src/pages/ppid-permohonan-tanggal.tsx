import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { Field, formValues, type useForm } from '../ui/form.tsx';
import { todayIn } from '../zone.ts';
import type { Permohonan } from './ppid-terms.ts';

/**
 * The date of the decision's written notice, today unless the PPID says otherwise: a notice signed
 * and sent on Monday is often entered days later, and the service time counts to the notice. The
 * server refuses a date before receipt or after today (400 on `tanggal`), shown here at the field.
 */
export function NoticeDateField({ permohonan, form }: { permohonan: Permohonan; form: ReturnType<typeof useForm> }) {
  const { me } = useSession();
  const zone = me.tenant.timeZone;
  const today = todayIn(zone);
  const received = todayIn(zone, new Date(permohonan.receivedAt));
  return (
    <Field label={t('pmh.noticeDate')} hint={t('pmh.noticeDateHint')} error={form.errorFor('tanggal')}>
      {(a) => <input {...a} name="tanggal" type="date" defaultValue={today} min={received} max={today} required />}
    </Field>
  );
}

/** The body of a final status change with the notice date the form holds (none = today, the server's default). */
export function withNoticeDate(body: Record<string, unknown>, el: HTMLFormElement): Record<string, unknown> {
  const tanggal = formValues(el).tanggal;
  return tanggal ? { ...body, tanggal } : body;
}
