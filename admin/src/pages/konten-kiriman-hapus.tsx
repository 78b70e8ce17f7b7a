import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { platformName } from './akun-sosial-types.ts';

export type KirimanTayang = {
  akunId: string;
  nama: string;
  platform: 'facebook' | 'instagram' | 'x' | 'youtube' | 'tiktok';
  kiriman: { id: string; status: string; permalink: string | null; masalah: string | null; hapus: 'api' | 'manual' | null } | null;
};

/**
 * The posts still up on social media, with a way to take each down: "Hapus dari <platform>" where
 * Warta deletes it (Facebook, X, YouTube), plain steps and "Sudah saya hapus" where only a person
 * can (Instagram, TikTok, a manual or disconnected account), and "Hapus dari semua". Open under its
 * own heading once the item has been withdrawn from the website or archived; before that it waits
 * folded away (deleting is allowed at any time, but that is not when people look for it).
 */
export function KirimanHapus({
  kontenId,
  akun,
  ditarik,
  bolehHapusSemua,
  onChange,
}: {
  kontenId: string;
  akun: KirimanTayang[];
  /** The item was withdrawn from the website or archived. */
  ditarik: boolean;
  bolehHapusSemua: boolean;
  onChange: () => void;
}) {
  const form = useForm(['akunIds']);
  const up = akun.filter((a) => a.kiriman?.hapus);
  if (up.length === 0) return null;
  const all = () => {
    // Deleting on a platform cannot be undone: one question first.
    if (!window.confirm(t('kiriman.hapus.confirmAll'))) return;
    return form.run(async () => {
      await api(`/sosial/konten/${kontenId}/hapus`, { method: 'POST', body: {} });
      onChange();
    }, t('kiriman.hapus.started'));
  };
  const body = (
    <>
      <p className="muted">{ditarik ? t('kiriman.hapus.intro') : t('kiriman.hapus.introAnyTime')}</p>
      <FormStatus form={form} />
      <ul className="kiriman-list">
        {up.map((a) => (
          <PostRow key={a.akunId} akun={a} onChange={onChange} />
        ))}
      </ul>
      {bolehHapusSemua && (
        <button type="button" className="btn-danger" onClick={() => void all()}>
          {t('kiriman.hapus.all')}
        </button>
      )}
    </>
  );
  if (!ditarik) {
    return (
      <details className="kiriman-hapus">
        <summary>{t('kiriman.hapus.summary')}</summary>
        {body}
      </details>
    );
  }
  return (
    <section className="kiriman-hapus" aria-labelledby="kiriman-hapus-title">
      <h3 id="kiriman-hapus-title">{t('kiriman.hapus.title')}</h3>
      {body}
    </section>
  );
}

function PostRow({ akun, onChange }: { akun: KirimanTayang; onChange: () => void }) {
  const k = akun.kiriman!;
  const name = platformName(akun.platform);
  const form = useForm([]);
  const remove = () => {
    if (!window.confirm(t('kiriman.hapus.confirm', { platform: name, nama: akun.nama }))) return;
    return form.run(async () => {
      await api(`/sosial/kiriman/${k.id}/hapus`, { method: 'POST', body: {} });
      onChange();
    }, t('kiriman.hapus.started'));
  };
  const confirmManual = () =>
    form.run(async () => {
      await api(`/sosial/kiriman/${k.id}/sudah-dihapus`, { method: 'POST', body: {} });
      onChange();
    }, t('kiriman.hapus.recorded'));
  const deleting = k.status === 'menghapus';
  return (
    <li>
      <p>
        <strong>{name}</strong> · {akun.nama} — {t(`kiriman.status.${k.status}` as MessageKey)}
      </p>
      {k.permalink && (
        <p>
          <a href={k.permalink} target="_blank" rel="noopener noreferrer">
            {t('kiriman.view', { platform: name })}
          </a>
        </p>
      )}
      {k.masalah && <p className="error-text">{k.masalah}</p>}
      <FormStatus form={form} />
      {k.hapus === 'api' && !deleting && (
        <div className="move-buttons">
          <button type="button" className="btn-danger" onClick={() => void remove()}>
            {t('kiriman.hapus.one', { platform: name })}
          </button>
          {k.status === 'gagal_hapus' && (
            <button type="button" className="btn-secondary" onClick={() => void confirmManual()}>
              {t('kiriman.hapus.done')}
            </button>
          )}
        </div>
      )}
      {k.hapus === 'manual' && !deleting && (
        <div className="move-input">
          <p className="muted">{t(`kiriman.hapus.howTo.${akun.platform}` as MessageKey)}</p>
          <button type="button" onClick={() => void confirmManual()}>
            {t('kiriman.hapus.done')}
          </button>
        </div>
      )}
    </li>
  );
}
