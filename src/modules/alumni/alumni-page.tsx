import type { Queryable } from '../../db/types.ts';
import { t } from '../../i18n/catalogue.ts';
import { TableRegion } from '../ppid-portal/table-region.tsx';
import { siteHref } from '../site/resolve-site.ts';
import { unitPath } from '../site/site-menu.ts';
import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { Pager, pageCount, pagedHref, requestedPage } from '../site/views/pager.tsx';
import { alumniPrograms, listAlumni } from './list-alumni.ts';

/** Participants per page: fifty rows of three short columns stay far inside the 30 KB budget. */
export const PUBLIC_ALUMNI_PAGE_SIZE = 50;

/**
 * `/{unit}/alumni`: the unit's programmes with their years; `?program=…&tahun=…` one year's
 * participants (name, agency, position, batch — never the NIP), paged. null (a 404) for a
 * programme and year with nobody in it or a page past the end.
 */
export async function alumniPage(db: Queryable, trail: Trail, query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const title = t(ctx.lang, 'alumni.public.title');
  const path = unitPath(ctx, 'alumni');
  const crumbs = [...trail.home, trail.crumb(title, 'alumni')];
  const program = query.get('program');
  const tahunText = query.get('tahun');
  if (program === null && tahunText === null) {
    const programs = await alumniPrograms(db, unit.id);
    const content = (
      <>
        <p>{t(ctx.lang, 'alumni.public.intro', { unit: unit.name })}</p>
        {programs.length === 0 ? <EmptyState text={t(ctx.lang, 'alumni.public.empty')} /> : null}
        {programs.map((p) => (
          <section key={p.program}>
            <h2>{p.program}</h2>
            <ul>
              {p.tahun.map((y) => (
                <li key={String(y.tahun)}>
                  <a href={pagedHref(path, { program: p.program, tahun: String(y.tahun) }, 1, ctx.lang)}>
                    {t(ctx.lang, 'alumni.public.year_link', { tahun: y.tahun, jumlah: y.jumlah })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </>
    );
    return { title, section: 'alumni', crumbs, content };
  }
  const halaman = requestedPage(query);
  if (!program || !tahunText || !/^\d{4}$/.test(tahunText) || halaman === null) return null;
  const tahun = Number(tahunText);
  const { items, total } = await listAlumni(db, { unitId: unit.id, program, tahun, halaman, perHalaman: PUBLIC_ALUMNI_PAGE_SIZE });
  if (items.length === 0) return null;
  const heading = t(ctx.lang, 'alumni.public.program_year', { program, tahun });
  const content = (
    <>
      <p>
        <a href={siteHref(ctx, path)}>{t(ctx.lang, 'alumni.public.back')}</a>
      </p>
      <TableRegion captionId="alumni-caption">
        <table>
          <caption id="alumni-caption">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t(ctx.lang, 'alumni.public.nama')}</th>
              <th scope="col">{t(ctx.lang, 'alumni.public.instansi')}</th>
              <th scope="col">{t(ctx.lang, 'alumni.public.jabatan')}</th>
              <th scope="col">{t(ctx.lang, 'alumni.public.angkatan')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>{a.nama}</td>
                <td>{a.instansi}</td>
                <td>{a.jabatan}</td>
                <td>{a.angkatan}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Pager
        ctx={ctx}
        label={t(ctx.lang, 'alumni.public.pages')}
        page={halaman}
        pages={pageCount(total, PUBLIC_ALUMNI_PAGE_SIZE)}
        href={(n) => pagedHref(path, { program, tahun: tahunText }, n, ctx.lang)}
      />
    </>
  );
  return { title: heading, section: 'alumni', crumbs: [...crumbs, trail.crumb(heading, 'alumni')], content };
}
