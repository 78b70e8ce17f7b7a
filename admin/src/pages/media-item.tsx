import { useNavigate } from '@tanstack/react-router';
import { api, apiDownload } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, mediaTeamRoles, useSession } from '../session.tsx';
import { Check, Field, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { formatBytes, type Media, noteText } from './media-terms.ts';

type Use = { entity: string; entityId: string; isPublic: boolean; since: string };

const formFields = ['altText', 'caption', 'credit', 'privacy', 'tags'];

// The owning module names its entities; a name this screen does not know yet is shown generically.
// `konten` is an item's published revision, `konten_draf` its working copy (src/modules/konten/media-port.ts).
const entityLabels: Record<string, MessageKey> = { konten: 'media.entity.konten', konten_draf: 'media.entity.kontenDraf' };
const entityLabel = (entity: string) => t(entityLabels[entity] ?? 'media.entityOther');
/** The admin screen of the entity, where there is one. */
const entityPath = (u: Use) => (u.entity === 'konten' || u.entity === 'konten_draf' ? `/konten/${u.entityId}` : null);

/** One media item: its preview and facts, the words around it, where it is used, download and delete. */
export function MediaItemPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const item = useLoad<Media>(`/media/${id}`);
  const uses = useLoad<{ items: Use[] }>(`/media/${id}/dipakai`);
  const form = useForm(formFields);
  const remove = useForm([]);
  const m = item.data;
  const mayEdit = m !== null && hasUnitRole(me, m.unitId, ...mediaTeamRoles);
  const preview = m?.derivatives.filter((d) => d.format === 'webp').sort((a, b) => a.width - b.width);
  const shown = preview?.find((d) => d.width >= 640) ?? preview?.at(-1);
  return (
    <Page title={m?.originalName ?? t('media.detail')}>
      <p>
        <Link to="/media">{t('app.back')}</Link>
      </p>
      <LoadState loaded={item} />
      {m && (
        <div className="media-detail">
          <div>
            {shown && <img className="media-preview" src={shown.url} alt={m.altText} width={shown.width} />}
            <dl className="facts">
              <dt>{t('media.kind')}</dt>
              <dd>
                {t(`media.kind.${m.kind}`)} · {t(`media.state.${m.state}`)}
              </dd>
              <dt>{t('media.size')}</dt>
              <dd>{formatBytes(m.sizeBytes)}</dd>
              {m.width && m.height && (
                <>
                  <dt>{t('media.dimensions')}</dt>
                  <dd>
                    {m.width} × {m.height} px
                  </dd>
                </>
              )}
              {m.durationSeconds !== null && (
                <>
                  <dt>{t('media.duration')}</dt>
                  <dd>{t('media.seconds', { s: Math.round(m.durationSeconds) })}</dd>
                </>
              )}
              <dt>{t('media.uploadedAt')}</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
            </dl>
            {m.stateNote && <p className="alert">{noteText(m.stateNote)}</p>}
            {m.downloadUrl && (
              <button type="button" className="btn-secondary" onClick={() => void remove.run(() => apiDownload(`/media/${m.id}/berkas`, m.originalName))}>
                {t('media.download')}
              </button>
            )}
          </div>
          <div>
            {!mayEdit && <p className="muted">{t('media.readOnly')}</p>}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const data = new FormData(e.currentTarget);
                const text = (name: string) => String(data.get(name) ?? '').trim();
                const body = {
                  altText: text('altText'),
                  caption: text('caption'),
                  credit: text('credit'),
                  privacy: data.get('privacy') === 'on',
                  tags: text('tags')
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                };
                void form.run(async () => {
                  await api(`/media/${m.id}`, { method: 'PATCH', body });
                  item.reload();
                }, t('app.saved'));
              }}
            >
              <fieldset disabled={!mayEdit}>
                {form.general && (
                  <p className="field-error" role="alert">
                    {form.general}
                  </p>
                )}
                <Field label={t('media.altText')} hint={m.kind === 'foto' ? t('media.altHint') : undefined} error={form.errorFor('altText')}>
                  {(a) => <textarea {...a} name="altText" rows={2} maxLength={500} defaultValue={m.altText} />}
                </Field>
                <Field label={t('media.caption')} error={form.errorFor('caption')}>
                  {(a) => <textarea {...a} name="caption" rows={3} maxLength={2000} defaultValue={m.caption} />}
                </Field>
                <Field label={t('media.credit')} error={form.errorFor('credit')}>
                  {(a) => <input {...a} name="credit" maxLength={200} defaultValue={m.credit} />}
                </Field>
                <Check label={t('media.privacy')} name="privacy" defaultChecked={m.privacy} />
                <Field label={t('media.tags')} hint={t('media.tagsHint')} error={form.errorFor('tags') ?? form.errorFor('tags.0')}>
                  {(a) => <input {...a} name="tags" defaultValue={m.tags.join(', ')} />}
                </Field>
                {mayEdit && (
                  <button type="submit" aria-disabled={form.busy}>
                    {t('app.save')}
                  </button>
                )}
                {form.done && <p role="status">{form.done}</p>}
              </fieldset>
            </form>
            <section aria-labelledby="media-used">
              <h2 id="media-used">{t('media.usedIn')}</h2>
              <LoadState loaded={uses} />
              {uses.data && uses.data.items.length === 0 && <p className="muted">{t('media.notUsed')}</p>}
              {uses.data && uses.data.items.length > 0 && (
                <ul>
                  {uses.data.items.map((u) => (
                    <li key={`${u.entity}-${u.entityId}`}>
                      {entityPath(u) ? <Link to={entityPath(u)!}>{entityLabel(u.entity)}</Link> : entityLabel(u.entity)} · {formatDateTime(u.since)}
                      {/* A draft's label already says it is not published. */}
                      {u.entity !== 'konten_draf' && ` — ${u.isPublic ? t('media.usePublic') : t('media.useDraft')}`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {mayEdit && (
              <div>
                {remove.general && (
                  <p className="field-error" role="alert">
                    {remove.general}
                  </p>
                )}
                <button
                  type="button"
                  className="btn-danger"
                  aria-disabled={remove.busy}
                  onClick={() => {
                    if (!window.confirm(t('media.deleteConfirm', { name: m.originalName }))) return;
                    void remove.run(async () => {
                      await api(`/media/${m.id}`, { method: 'DELETE' });
                      await navigate({ to: '/media' });
                    });
                  }}
                >
                  {t('media.delete')}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </Page>
  );
}
