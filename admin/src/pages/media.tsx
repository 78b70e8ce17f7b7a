import { useNavigate } from '@tanstack/react-router';
import { t } from '../i18n.ts';
import type { MediaSearch } from '../routes/search.ts';
import { hasUnitRole, mediaTeamRoles, useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { MediaLimitsCard } from './media-limits.tsx';
import { type MediaPage as Listing, type Media, type MediaLimits, mediaKinds, thumbnailOf } from './media-terms.ts';
import { MediaUpload } from './media-upload.tsx';
import { queryOf } from './ppid-units.tsx';

/** "Pustaka media": upload, search and filter, a grid of thumbnails; each opens its details. */
export function MediaPage({ search }: { search: MediaSearch }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const filters = {
    q: search.q ?? '',
    kind: search.kind ?? '',
    unitId: search.unit ?? '',
    tag: search.tag ?? '',
    page: search.page ? String(search.page) : '',
  };
  const list = useLoad<Listing>(`/media${queryOf({ q: filters.q, kind: filters.kind, unitId: filters.unitId, tag: filters.tag, page: filters.page })}`);
  const units = useLoad<Items<Unit>>('/units');
  const limits = useLoad<MediaLimits>('/media/batas');
  const uploadUnits = (units.data?.items ?? []).filter((u) => u.active && hasUnitRole(me, u.id, ...mediaTeamRoles));
  const filtered = Boolean(filters.q || filters.kind || filters.unitId || filters.tag);
  const page = list.data;
  const pageNo = page?.page ?? 1;
  const go = (next: MediaSearch) => void navigate({ to: '/media', search: next });
  return (
    <Page title={t('media.title')}>
      <p>{t('media.intro')}</p>
      {uploadUnits.length > 0 && <MediaUpload units={uploadUnits} limits={limits.data} onUploaded={list.reload} />}
      <form
        key={JSON.stringify(search)}
        className="filters"
        aria-label={t('media.show')}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
          go({ q: value('q'), kind: value('kind'), unit: value('unit'), tag: value('tag') });
        }}
      >
        <Field label={t('media.search')}>{(a) => <input {...a} name="q" type="search" defaultValue={filters.q} maxLength={200} />}</Field>
        <Field label={t('media.kind')}>
          {(a) => (
            <select {...a} name="kind" defaultValue={filters.kind}>
              <option value="">{t('media.allKinds')}</option>
              {mediaKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`media.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('media.unit')}>
          {(a) => (
            <select {...a} name="unit" defaultValue={filters.unitId}>
              <option value="">{t('media.allUnits')}</option>
              {(units.data?.items ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('media.tag')}>{(a) => <input {...a} name="tag" defaultValue={filters.tag} maxLength={40} />}</Field>
        <button type="submit">{t('media.show')}</button>
      </form>
      <LoadState loaded={list} />
      {page && page.items.length === 0 && <EmptyLibrary filtered={filtered} mayUpload={uploadUnits.length > 0} />}
      {page && page.items.length > 0 && (
        <>
          <p className="muted">{t('media.count', { n: page.total })}</p>
          <ul className="media-grid">
            {page.items.map((m) => (
              <MediaTile key={m.id} media={m} />
            ))}
          </ul>
          <div className="pager">
            {pageNo > 1 && (
              <button type="button" className="btn-secondary" onClick={() => go({ ...search, page: pageNo - 1 })}>
                {t('media.prev')}
              </button>
            )}
            {pageNo * page.pageSize < page.total && (
              <button type="button" className="btn-secondary" onClick={() => go({ ...search, page: pageNo + 1 })}>
                {t('media.more')}
              </button>
            )}
          </div>
        </>
      )}
      {me.user.isAdmin && limits.data && <MediaLimitsCard limits={limits.data} onSaved={limits.reload} />}
    </Page>
  );
}

function EmptyLibrary({ filtered, mayUpload }: { filtered: boolean; mayUpload: boolean }) {
  if (filtered) return <p className="muted">{t('media.noMatch')}</p>;
  return (
    <div className="card empty-state">
      <h2>{t('media.emptyTitle')}</h2>
      <p>{mayUpload ? t('media.emptyText') : t('media.emptyReadOnly')}</p>
    </div>
  );
}

function MediaTile({ media }: { media: Media }) {
  const thumb = thumbnailOf(media);
  return (
    <li className="media-tile">
      <Link to={`/media/${media.id}`}>
        {thumb ? (
          <img src={thumb} alt={media.altText} width={160} height={120} loading="lazy" />
        ) : (
          <span className="media-placeholder" aria-hidden="true">
            {t(`media.kind.${media.kind}`)}
          </span>
        )}
        <span className="media-name">{media.originalName}</span>
      </Link>
      <span className="media-badges">
        {media.state !== 'siap' && <span className="badge badge-muted">{t(`media.state.${media.state}`)}</span>}
        {media.kind === 'foto' && media.state === 'siap' && !media.altText && <span className="badge badge-danger">{t('media.noAlt')}</span>}
        {media.privacy && <span className="badge badge-danger">{t('media.privacyBadge')}</span>}
      </span>
    </li>
  );
}
