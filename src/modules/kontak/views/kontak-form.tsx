import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { FormAlerts } from '../../site/views/form-alerts.tsx';
import { type FormErrors, type FormValues, TextField } from '../../site/views/form-fields.tsx';

/** The honeypot's name: a field people never see or fill; a form-filling script fills every field. */
export const HONEYPOT = 'situs_web';

type Props = { ctx: SiteContext; action: string; token: string | null; values?: FormValues; errors?: FormErrors; notice?: string };

/**
 * The contact form, posted as a plain HTML form (it works without JavaScript). It carries a signed
 * time token and a hidden honeypot field; after a failed post it comes back with what was typed.
 */
export function KontakForm({ ctx, action, token, values = {}, errors = {}, notice }: Props) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  const field = { ctx, prefix: 'kontak', values, errors };
  return (
    <section aria-labelledby="kontak-form-title">
      <h2 id="kontak-form-title">{l('kontak.form.title')}</h2>
      <p>{l('kontak.form.intro')}</p>
      <FormAlerts notice={notice} errors={errors} summary={l('kontak.form.error_summary')} />
      <form class="form" method="post" action={action} novalidate>
        <p class="meta">{l('kontak.form.required')}</p>
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <div class="hp" aria-hidden="true">
          <label for="f-situs_web">{l('kontak.form.honeypot')}</label>
          <input id="f-situs_web" name={HONEYPOT} type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <TextField {...field} name="senderName" required autocomplete="name" />
        <TextField {...field} name="senderEmail" required type="email" autocomplete="email" hint="kontak.field.senderEmail.hint" />
        <TextField {...field} name="senderPhone" type="tel" autocomplete="tel" />
        <TextField {...field} name="subject" required />
        <TextField {...field} name="body" required multiline rows={6} hint="kontak.field.body.hint" />
        <button type="submit">{l('kontak.form.submit')}</button>
      </form>
    </section>
  );
}
