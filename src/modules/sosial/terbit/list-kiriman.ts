import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Lang, type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { Services } from '../../../services.ts';
import { kontenInTenant } from '../../konten/load-konten.ts';
import { media } from '../../media/schema.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg, canOrg } from '../../org/policy.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman, sosialVarian } from '../schema.ts';
import { deletePathOf } from './delete-path.ts';
import { type StatusKiriman, upStatuses } from './kiriman-alur.ts';
import type { VarianSnapshot } from './kiriman-state.ts';
import { fetchesByLink, signedMediaUrl } from './media-url.ts';

const kindOf = (k: string) => (k === 'video' ? 'video' : 'image') as 'image' | 'video';

/**
 * The item's social panel: each account with its variant's kiriman (status, when, link, the
 * problem in words — never a code), what a manual account's admin needs (caption, files to
 * download), and the platforms that cannot take this item's files because Warta has no public address.
 */
export async function listKiriman(services: Services, actor: OrgActor, lang: Lang, kontenId: string) {
  const { db } = services;
  const item = await kontenInTenant(db, actor.tenantId, kontenId);
  assertOrg(actor, 'konten.view', item.unitId);
  const variants = await db
    .select({ varian: sosialVarian, akun: sosialAkun })
    .from(sosialVarian)
    .innerJoin(sosialAkun, eq(sosialAkun.id, sosialVarian.akunId))
    .where(and(eq(sosialVarian.kontenId, item.id), eq(sosialVarian.aktif, true)))
    .orderBy(asc(sosialAkun.platform), asc(sosialAkun.nama));
  const rows = await db.select().from(sosialKiriman).where(eq(sosialKiriman.kontenId, item.id)).orderBy(asc(sosialKiriman.createdAt));
  // A post still up keeps its account on the panel even if its variant was turned off since, so it can be deleted.
  const shown = new Set(variants.map((v) => v.akun.id));
  const upAkunIds = [...new Set(rows.filter((r) => upStatuses.includes(r.status as StatusKiriman) && !shown.has(r.akunId)).map((r) => r.akunId))];
  const upOnly = upAkunIds.length ? await db.select().from(sosialAkun).where(inArray(sosialAkun.id, upAkunIds)) : [];
  const entries: { varian: { mediaIds: string[]; teks: string } | null; akun: typeof sosialAkun.$inferSelect }[] = [
    ...variants,
    ...upOnly.map((a) => ({ varian: null, akun: a })),
  ];
  const mediaIds = [...new Set(variants.flatMap((v) => v.varian.mediaIds))];
  const mediaRows = mediaIds.length
    ? await db
        .select({ id: media.id, kind: media.kind, derivatives: media.derivatives, name: media.originalName })
        .from(media)
        .where(inArray(media.id, mediaIds))
    : [];
  const publicUrl = services.config.sosialMediaUrl;
  const akun = entries.map(({ varian, akun: a }) => {
    const platform = a.platform as Platform;
    const name = platformNames[platform];
    // The newest row of the account is its current state (an older one may be a deleted post).
    const row = rows.filter((r) => r.akunId === a.id).at(-1);
    const error = row?.error as { kind?: string; code?: string } | null | undefined;
    const problemKey =
      row?.status === 'gagal' || row?.status === 'belum_pasti' || (row?.status === 'berjalan' && error)
        ? problemOf(error)
        : row?.status === 'gagal_hapus' || (row?.status === 'menghapus' && error)
          ? deleteProblemOf(row.status, error)
          : null;
    const up = !!row && upStatuses.includes(row.status as StatusKiriman);
    const kinds = (varian?.mediaIds ?? [])
      .map((id) => mediaRows.find((m) => m.id === id)?.kind)
      .filter(Boolean)
      .map((k) => kindOf(k as string));
    const snapshot = row?.varian as VarianSnapshot | undefined;
    return {
      akunId: a.id,
      nama: a.nama,
      platform,
      mode: a.mode,
      perluSambungUlang: a.status === 'perlu_sambung_ulang',
      simulasi: a.simulasi,
      butuhAlamatPublik: !publicUrl && a.mode === 'api' && fetchesByLink(platform, kinds),
      kiriman: row
        ? {
            id: row.id,
            // A first run in progress is still `antri` on the row; its live lease says it is being sent.
            status: row.status === 'antri' && row.leaseUntil && row.leaseUntil.getTime() > Date.now() ? 'berjalan' : row.status,
            dijadwalkan: row.dijadwalkan,
            terbitAt: row.terbitAt,
            permalink: row.permalink,
            masalah: problemKey ? t(lang, problemKey, { platform: name }) : null,
            // A publish answer was lost and reconcile could not settle it: a person pastes the link or marks it not published.
            perluKepastian: row.status === 'gagal' && row.tahap === 'reconcile',
            // How the post comes down while it is up: Warta deletes it (`api`), or the admin does and confirms (`manual`).
            hapus: up ? deletePathOf(platform, a) : null,
          }
        : null,
      // Manual mode: what the admin copies and downloads to post by hand.
      manual:
        a.mode === 'manual' && row?.status === 'manual'
          ? {
              teks: snapshot?.teks ?? varian?.teks ?? '',
              berkas: (snapshot?.mediaIds ?? varian?.mediaIds ?? []).flatMap((id) => {
                const m = mediaRows.find((r) => r.id === id);
                const jpeg = m?.derivatives.filter((d) => d.format === 'jpeg' && !d.key.includes('/poster-')).sort((x, y) => y.width - x.width)[0];
                const file = m?.kind === 'foto' ? (jpeg ? `${jpeg.width}.jpg` : null) : 'asli';
                if (!m || !file) return [];
                const url = signedMediaUrl(services, m.id, file, Date.now(), services.config.publicUrl);
                return url ? [{ nama: m.name, url: url.replace(services.config.publicUrl, '') }] : [];
              }),
            }
          : null,
    };
  });
  const canPublish = canOrg(actor, 'konten.publish', item.unitId);
  return {
    akun,
    bolehTerbitkan: canPublish,
    adaGagal: canPublish && akun.some((a) => a.kiriman?.status === 'gagal'),
    // The item is on the website; once withdrawn or archived the panel offers to delete the posts still up.
    kontenTayang: item.liveRevisionId !== null,
    adaTayang: akun.some((a) => a.kiriman?.hapus),
    bolehHapusSemua: canPublish && akun.some((a) => a.kiriman?.hapus === 'api' && a.kiriman.status !== 'menghapus'),
    platformTanpaAlamatPublik: [...new Set(akun.filter((a) => a.butuhAlamatPublik).map((a) => platformNames[a.platform]))],
  };
}

function deleteProblemOf(status: string, error: { kind?: string; code?: string } | null | undefined): MessageKey {
  if (error?.code === 'youtube_delete_scope_missing') return 'sosial.terbit.hapus.scope_missing';
  if (error?.code === 'account_not_connected' || error?.kind === 'token_revoked' || error?.kind === 'token_expired') return 'sosial.terbit.hapus.token_revoked';
  const passing = error?.kind === 'rate_limited' || error?.kind === 'server_error' || error?.kind === 'unknown_after_publish';
  // While the job still tries, the wait is said; once it stopped, what the admin can do.
  if (status === 'menghapus') return error?.kind === 'rate_limited' ? 'sosial.terbit.hapus.rate_limited' : 'sosial.terbit.hapus.server_error';
  return passing ? 'sosial.terbit.hapus.gave_up' : 'sosial.terbit.hapus.permanent';
}

function problemOf(error: { kind?: string; code?: string } | null | undefined): MessageKey {
  if (error?.code === 'account_not_connected') return 'sosial.terbit.error.token_revoked';
  if (error?.code === 'media_unreachable') return 'sosial.terbit.error.media_unreachable';
  if (error?.code === 'tiktok_reconcile_needs_video_list') return 'sosial.terbit.error.reconcile_unavailable';
  const kinds = ['rate_limited', 'server_error', 'token_expired', 'token_revoked', 'unknown_after_publish', 'permanent'];
  return (kinds.includes(error?.kind ?? '') ? `sosial.terbit.error.${error?.kind}` : 'sosial.terbit.error.permanent') as MessageKey;
}
