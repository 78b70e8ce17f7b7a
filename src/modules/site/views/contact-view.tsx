import { t } from '../../../i18n/catalogue.ts';
import type { Unit } from '../../org/find-units.ts';
import type { SiteContext } from '../resolve-site.ts';
import { EmptyState } from './empty-state.tsx';

/** The unit's address, phone and e-mail from its record; the contact form comes with the inbox module. */
export function ContactView({ ctx, unit }: { ctx: SiteContext; unit: Unit }) {
  if (!unit.address && !unit.phone && !unit.email) return <EmptyState text={t(ctx.lang, 'site.kontak.none')} />;
  const missing = t(ctx.lang, 'site.kontak.missing');
  return (
    <dl class="contact">
      <dt>{t(ctx.lang, 'site.kontak.address')}</dt>
      <dd>{unit.address ?? missing}</dd>
      <dt>{t(ctx.lang, 'site.kontak.phone')}</dt>
      <dd>{unit.phone ? <a href={`tel:${unit.phone.replace(/[^\d+]/g, '')}`}>{unit.phone}</a> : missing}</dd>
      <dt>{t(ctx.lang, 'site.kontak.email')}</dt>
      <dd>{unit.email ? <a href={`mailto:${unit.email}`}>{unit.email}</a> : missing}</dd>
    </dl>
  );
}
