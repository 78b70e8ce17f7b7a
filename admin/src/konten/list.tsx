import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { KontenSearch } from '../routes/search.ts';
import type { Bidang, Items } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { useUnits } from './queries.ts';
import type { Halaman, KontenRingkas } from './types.ts';

const filterNames = ['unit', 'jenis', 'status', 'bidang', 'q'] as const;

/** The filterable list; the filters live in the address so a filtered list can be shared or reloaded. */
export function KontenList({ search }: { search: KontenSearch }) {
  const navigate = useNavigate();
  const katalog = useKatalog().data;
  const units = useUnits().data?.items ?? [];
  const unitId = search.unit ?? '';
  const bidang = useQuery({
    queryKey: ['bidang', unitId],
    queryFn: () => api<Items<Bidang>>(`/units/${unitId}/bidang`),
    enabled: unitId !== '',
  });
  const halaman = search.halaman ?? 1;
  const params = new URLSearchParams();
  const apiName: Record<string, string> = { unit: 'unitId', bidang: 'bidangId' };
  for (const name of filterNames) {
    const value = search[name];
    if (value) params.set(apiName[name] ?? name, value);
  }
  params.set('halaman', String(halaman));
  const list = useQuery({ queryKey: ['konten', 'daftar', params.toString()], queryFn: () => api<Halaman<KontenRingkas>>(`/konten?${params}`) });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    void navigate({
      to: '/konten',
      search: { tampilan: 'daftar', unit: value('unit'), jenis: value('jenis'), status: value('status'), bidang: value('bidang'), q: value('q') },
    });
  };
  const pageTo = (n: number) => {
    void navigate({ to: '/konten', search: { ...search, halaman: n } });
  };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.perHalaman)) : 1;
  const option = (group: 'jenis' | 'status') =>
    Object.keys(katalog?.[group] ?? {}).map((code) => (
      <option key={code} value={code}>
        {labelOf(katalog, group, code)}
      </option>
    ));

  return (
    <>
      <form className="filters" onSubmit={apply} key={JSON.stringify(search)}>
        <Field label={t('konten.unit')}>
          {(a11y) => (
            <select {...a11y} name="unit" defaultValue={unitId}>
              <option value="">{t('konten.any')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('konten.jenis')}>
          {(a11y) => (
            <select {...a11y} name="jenis" defaultValue={search.jenis ?? ''}>
              <option value="">{t('konten.any')}</option>
              {option('jenis')}
            </select>
          )}
        </Field>
        <Field label={t('konten.status')}>
          {(a11y) => (
            <select {...a11y} name="status" defaultValue={search.status ?? ''}>
              <option value="">{t('konten.any')}</option>
              {option('status')}
            </select>
          )}
        </Field>
        <Field label={t('konten.bidang')}>
          {(a11y) => (
            <select {...a11y} name="bidang" defaultValue={search.bidang ?? ''} disabled={!unitId}>
              <option value="">{t('konten.any')}</option>
              {(bidang.data?.items ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('konten.search')}>{(a11y) => <input {...a11y} type="search" name="q" defaultValue={search.q ?? ''} />}</Field>
        <button type="submit">{t('konten.filter')}</button>
      </form>
      {list.error && (
        <p className="alert alert-error" role="alert">
          {list.error.message}
        </p>
      )}
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && list.data.items.length === 0 && <p className="alert alert-warn">{t('konten.emptyList')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <p className="muted">{t('konten.total', { n: list.data.total })}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('konten.judul')}</th>
                  <th scope="col">{t('konten.jenis')}</th>
                  <th scope="col">{t('konten.status')}</th>
                  <th scope="col">{t('konten.unit')}</th>
                  <th scope="col">{t('konten.penulis')}</th>
                  <th scope="col">{t('konten.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/konten/${item.id}`}>{item.judul}</Link>
                      {item.isLive && <span className="badge badge-ok"> {t('konten.live')}</span>}
                    </td>
                    <td>{labelOf(katalog, 'jenis', item.jenis)}</td>
                    <td>{labelOf(katalog, 'status', item.status)}</td>
                    <td>{item.unitName}</td>
                    <td>{item.penulis}</td>
                    <td>{formatDateTime(item.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav className="pager" aria-label={t('konten.pageOf', { page: halaman, pages })}>
              <button type="button" className="btn-secondary" disabled={halaman <= 1} onClick={() => pageTo(halaman - 1)}>
                {t('konten.prev')}
              </button>
              <span>{t('konten.pageOf', { page: halaman, pages })}</span>
              <button type="button" className="btn-secondary" disabled={halaman >= pages} onClick={() => pageTo(halaman + 1)}>
                {t('konten.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
