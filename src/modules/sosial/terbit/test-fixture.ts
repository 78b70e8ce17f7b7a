import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { revisiOf } from '../../konten/load-konten.ts';
import { konten } from '../../konten/schema.ts';
import { clientFor, pengumuman } from '../../konten/test-fixture.ts';
import { mediaKeys } from '../../media/keys.ts';
import { media } from '../../media/schema.ts';
import { mediaStorage } from '../../media/storage.ts';
import type { AccountCredentials } from '../adapter.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import { type Platform, platforms } from '../platform.ts';
import { sosialAkun, sosialKiriman, sosialVarian } from '../schema.ts';
import { approvalHashOf } from '../varian/approval-hash.ts';
import { openState, sealState, type VarianSnapshot } from './kiriman-state.ts';

/**
 * Rows the accounts and variants helpers will own, made directly for publishing's tests: one
 * account per platform connected to the fakes (credentials sealed as the accounts store keeps
 * them), media in storage, an approved item and a variant per account.
 */
export async function addAccounts(w: TestWarta, f: Fixture, fakes: RunningFakes, unitId = f.unitA.id): Promise<Record<Platform, string>> {
  const ids = {} as Record<Platform, string>;
  for (const platform of platforms) {
    const creds: AccountCredentials = fakes.accounts[platform];
    const [row] = await w.services.db
      .insert(sosialAkun)
      .values({
        tenantId: f.tenant.id,
        unitId,
        platform,
        nama: `Akun ${platform}`,
        externalAccountId: `${creds.externalAccountId}-${randomUUID().slice(0, 6)}`,
        credentialsSealed: w.services.secrets.seal(JSON.stringify(creds)),
        simulasi: true,
      })
      .returning();
    ids[platform] = row!.id;
  }
  return ids;
}

export async function addManualAccount(w: TestWarta, f: Fixture, platform: Platform): Promise<string> {
  const [row] = await w.services.db
    .insert(sosialAkun)
    .values({ tenantId: f.tenant.id, unitId: f.unitA.id, platform, mode: 'manual', nama: `Manual ${platform}` })
    .returning();
  return row!.id;
}

/** A photo (a JPEG rendition) or a small video, stored as the media module would have it. */
export async function addMedia(w: TestWarta, f: Fixture, kind: 'foto' | 'video', bytes = kind === 'foto' ? 20_000 : 300_000): Promise<string> {
  const id = randomUUID();
  const data = randomBytes(bytes);
  const storage = mediaStorage(w.services.config);
  const key = kind === 'foto' ? mediaKeys.derivative(f.tenant.id, id, '1600.jpg') : mediaKeys.original(f.tenant.id, id, 'mp4');
  await storage.put(key, data, kind === 'foto' ? 'image/jpeg' : 'video/mp4');
  await w.services.db.insert(media).values({
    id,
    tenantId: f.tenant.id,
    unitId: f.unitA.id,
    kind,
    originalName: kind === 'foto' ? 'foto.jpg' : 'video.mp4',
    mediaType: kind === 'foto' ? 'image/jpeg' : 'video/mp4',
    sizeBytes: bytes,
    width: 1600,
    height: 900,
    durationSeconds: kind === 'video' ? 12 : null,
    storageKey: kind === 'video' ? key : null,
    derivatives: kind === 'foto' ? [{ width: 1600, format: 'jpeg', key, bytes, etag: 'e1' }] : [],
    state: 'siap',
  });
  return id;
}

/** An approved pengumuman of unit A (the head's approval bound to its current revision). */
export async function approvedItem(w: TestWarta, f: Fixture, judul = 'Pengumuman untuk media sosial'): Promise<string> {
  const writer = await clientFor(w, f.writerA.email);
  const created = await writer.post('/api/konten', pengumuman(f, judul));
  const id = created.body.item.id as string;
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, id));
  const rev = await revisiOf(w.services.db, id, row!.currentRevisionId as string);
  await w.services.db
    .update(konten)
    .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
    .where(eq(konten.id, id));
  return id;
}

/** A variant each platform accepts: text for Facebook and X, a photo for Instagram, a video for YouTube and TikTok. */
export function variantFor(platform: Platform, n: number, m: { foto: string; video: string }): VarianSnapshot {
  const base = {
    teks: `Kabar ${platform} nomor ${n} dari Diskominfo.`,
    judul: null,
    utas: [] as string[],
    mediaIds: [] as string[],
    pengaturan: {},
    link: null,
  };
  if (platform === 'instagram') return { ...base, mediaIds: [m.foto] };
  if (platform === 'youtube') return { ...base, judul: `Video kegiatan ${n}`, mediaIds: [m.video], pengaturan: { privacyStatus: 'public' } };
  if (platform === 'tiktok') return { ...base, mediaIds: [m.video], pengaturan: { privacyLevel: 'PUBLIC_TO_EVERYONE' } };
  return base;
}

export async function addVariants(w: TestWarta, kontenId: string, akun: Record<string, string>, m: { foto: string; video: string }, n = 1) {
  for (const [platform, akunId] of Object.entries(akun)) {
    const v = variantFor(platform as Platform, n, m);
    await w.services.db.insert(sosialVarian).values({ kontenId, akunId, teks: v.teks, judul: v.judul, mediaIds: v.mediaIds, pengaturan: v.pengaturan });
  }
  await rebindApproval(w, kontenId);
}

/** The head's approval over the item's variants as they are now, as approving them would bind it. */
export async function rebindApproval(w: TestWarta, kontenId: string): Promise<void> {
  const [row] = await w.services.db.select().from(konten).where(eq(konten.id, kontenId));
  const rev = await revisiOf(w.services.db, kontenId, row?.approvedRevisionId as string);
  await w.services.db
    .update(konten)
    .set({ approvedHash: await approvalHashOf(w.services.db, kontenId, rev.hash) })
    .where(eq(konten.id, kontenId));
}

/** A queued kiriman made directly (no job sent), for tests that drive `runKiriman` themselves. */
export async function addKiriman(w: TestWarta, f: Fixture, kontenId: string, akunId: string, platform: Platform, m: { foto: string; video: string }, n = 1) {
  const [row] = await w.services.db
    .insert(sosialKiriman)
    .values({ tenantId: f.tenant.id, unitId: f.unitA.id, kontenId, akunId, platform, varian: variantFor(platform, n, m) })
    .returning();
  return row!;
}

/** Moves a kiriman's recorded send of its publish call back in time (as time passing would). */
export async function ageSend(w: TestWarta, id: string, minutes: number): Promise<void> {
  const [row] = await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id));
  const state = openState(w.services, row!.state);
  const publishSentAt = new Date(Date.parse(state.publishSentAt as string) - minutes * 60_000).toISOString();
  await w.services.db
    .update(sosialKiriman)
    .set({ state: sealState(w.services, { ...state, publishSentAt }) })
    .where(eq(sosialKiriman.id, id));
}
