import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { contentOf, type KontenInput } from './fields.ts';
import { getMediaForRender } from './media-port.ts';
import { escapeHtml, renderGambar, renderIsi } from './render-isi.ts';
import type { JenisKonten } from './terms.ts';

/**
 * The body of the public page as the site would render it, for the editor's live preview: the
 * same validation as a save (nothing is stored) and the same renderer, with the library's photos.
 */
export async function previewKonten(db: Queryable, actor: OrgActor, lang: Lang, input: KontenInput & { unitId: string; jenis: JenisKonten }) {
  const unit = await unitInTenant(db, actor.tenantId, input.unitId, 'unitId');
  assertOrg(actor, 'konten.write', unit.id);
  const c = await contentOf(db, { tenantId: actor.tenantId, unitId: unit.id, jenis: input.jenis }, input);
  const o = { lang, gambar: await getMediaForRender(db, c.mediaIds) };
  const parts = [
    `<h1>${escapeHtml(c.judul)}</h1>`,
    c.ringkasan ? `<p class="ringkasan">${escapeHtml(c.ringkasan)}</p>` : '',
    renderGambar(c.coverMediaId, o),
    renderIsi(c.isi as Parameters<typeof renderIsi>[0], o),
    ...(c.atribut.foto ?? []).map((id) => renderGambar(id, o)),
  ];
  return { html: parts.join('') };
}
