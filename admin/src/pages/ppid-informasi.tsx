import { useNavigate } from '@tanstack/react-router';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { InformasiSearch } from '../routes/search.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Check, Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { type Informasi, klasifikasiList, ppidOfficerRoles } from './ppid-terms.ts';
import { queryOf, UnitSelect, usePpidUnits } from './ppid-units.tsx';

/** A unit's information list (DIP and DIK) by class, with the renewal and reopening warnings. */
export function InformasiListPage({ search }: { search: InformasiSearch }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const klasifikasi = search.klasifikasi ?? '';
  const q = search.q ?? '';
  const arsip = search.arsip === '1';
  const { loaded, units, chosen } = usePpidUnits(search.unit ?? null);
  const path = chosen ? `/units/${chosen.id}/informasi${queryOf({ klasifikasi, q, arsip: arsip ? '1' : undefined })}` : null;
  const list = useLoad<Items<Informasi>>(path);
  const mayManage = chosen !== null && hasUnitRole(me, chosen.id, ...ppidOfficerRoles);
  const items = list.data?.items ?? [];
  const groups = klasifikasiList.filter((k) => !klasifikasi || k === klasifikasi);
  return (
    <Page
      title={t('inf.title')}
      actions={
        mayManage && (
          <Link className="button-link" to={`/informasi/baru${queryOf({ unit: chosen.id })}`}>
            {t('inf.add')}
          </Link>
        )
      }
    >
      <p>{t('inf.intro')}</p>
      <LoadState loaded={loaded} />
      {loaded.data && units.length === 0 && <p>{t('ppid.noUnits')}</p>}
      {chosen && !mayManage && <p className="muted">{t('inf.readOnly')}</p>}
      {chosen && (
        <form
          key={path}
          className="filters"
          aria-label={t('ppid.show')}
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
            void navigate({
              to: '/informasi',
              search: { unit: value('unit'), klasifikasi: value('klasifikasi'), q: value('q'), arsip: data.get('arsip') ? '1' : undefined },
            });
          }}
        >
          <UnitSelect units={units} value={chosen.id} />
          <Field label={t('inf.klasifikasi')}>
            {(a) => (
              <select {...a} name="klasifikasi" defaultValue={klasifikasi}>
                <option value="">{t('inf.allKlasifikasi')}</option>
                {klasifikasiList.map((k) => (
                  <option key={k} value={k}>
                    {t(`inf.k.${k}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('inf.search')}>{(a) => <input {...a} name="q" type="search" defaultValue={q} maxLength={200} />}</Field>
          <Check label={t('inf.archived')} name="arsip" defaultChecked={arsip} />
          <button type="submit">{t('ppid.show')}</button>
        </form>
      )}
      <LoadState loaded={list} />
      {list.data &&
        groups.map((k) => {
          const inGroup = items.filter((i) => i.klasifikasi === k);
          return (
            <section key={k} aria-labelledby={`inf-${k}`}>
              <h2 id={`inf-${k}`}>
                {t(`inf.k.${k}` as MessageKey)} <span className="muted">({inGroup.length})</span>
              </h2>
              {inGroup.length === 0 ? <p className="muted">{t('app.empty')}</p> : <InformasiTable items={inGroup} />}
            </section>
          );
        })}
    </Page>
  );
}

function InformasiTable({ items }: { items: Informasi[] }) {
  return (
    <div className="table-wrap">
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('inf.judul')}</th>
            <th scope="col">{t('inf.penguasa')}</th>
            <th scope="col">{t('inf.dates')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={i.perluDiperbarui || i.perluDibukaKembali ? 'row-overdue' : undefined}>
              <td data-label={t('inf.judul')}>
                <Link to={`/informasi/${i.id}`}>{i.judul}</Link>
                {i.perluDiperbarui && <span className="badge badge-danger">{t('inf.flagOverdue')}</span>}
                {i.perluDibukaKembali && <span className="badge badge-danger">{t('inf.flagReopen')}</span>}
                {i.diarsipkanAt && <span className="badge badge-muted">{t('inf.flagArchived')}</span>}
              </td>
              <td data-label={t('inf.penguasa')}>{i.penguasaInformasi}</td>
              <td data-label={t('inf.dates')}>
                {i.tanggalTerbit && <span className="block">{t('inf.terbitOn', { date: formatDate(i.tanggalTerbit) })}</span>}
                {i.pembaruanBerikutnya && <span className="block">{t('inf.nextOn', { date: formatDate(i.pembaruanBerikutnya) })}</span>}
                {i.pengecualianBerakhir && <span className="block">{t('inf.untilOn', { date: formatDate(i.pengecualianBerakhir) })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
