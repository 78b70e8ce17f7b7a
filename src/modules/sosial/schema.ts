import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { konten } from '../konten/schema.ts';
import { tenants, unitOwned } from '../org/schema.ts';

/**
 * The agency's own app on a platform (Meta app, X client, Google OAuth client, TikTok client key),
 * entered once per tenant by an admin. The secret is sealed (services.secrets) and never leaves
 * the server; the client id is not secret and is shown back.
 */
export const sosialAplikasi = pgTable(
  'sosial_aplikasi',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    platform: text().notNull(),
    clientId: text().notNull(),
    clientSecretSealed: text().notNull(),
    /** Credentials of the local contract fakes (`WARTA_PLATFORM_FAKES=1`): accounts connected through it are simulations. */
    simulasi: boolean().notNull().default(false),
    updatedBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sosial_aplikasi_tenant_platform').on(t.tenantId, t.platform)],
);

/**
 * One account of a unit (or of the pemda's Media Center) on one platform. `mode` is `api` (connected
 * by OAuth; tokens sealed in `credentialsSealed`) or `manual` (the admin posts by hand and pastes the
 * link). `status`: `terhubung`, `perlu_sambung_ulang` (token revoked or expired beyond refresh),
 * `terputus` (disconnected by an admin). `simulasi` marks an account connected to the local fakes.
 */
export const sosialAkun = pgTable(
  'sosial_akun',
  {
    ...unitOwned(),
    platform: text().notNull(),
    mode: text().notNull().default('api'),
    status: text().notNull().default('terhubung'),
    /** Page id, IG user id, X user id, YouTube channel id, TikTok open_id; null for a manual account not yet named. */
    externalAccountId: text(),
    nama: text().notNull(),
    /** The public address of the account (shown on the site and in the admin). */
    profileUrl: text(),
    /** AccountCredentials as sealed JSON; null for manual accounts and after disconnect. */
    credentialsSealed: text(),
    tokenExpiresAt: timestamp({ withTimezone: true }),
    /** When the refresh token itself ends (TikTok: a year): after it only connecting again helps. Null when the platform gives none. */
    refreshExpiresAt: timestamp({ withTimezone: true }),
    /**
     * The end of the connection (`akun/expiry-mail.ts`) its keepers were mailed about: one mail per
     * end date, claimed by an atomic update, so two processes or repeated job runs send it once.
     */
    expiryMailedFor: timestamp({ withTimezone: true }),
    scopes: text().array().notNull().default([]),
    /**
     * TikTok: the creator's privacy levels (creator_info's privacy_level_options) as of the last
     * connection, for the variant editor's picker; the publisher asks creator_info again before posting.
     */
    opsiPrivasi: text().array(),
    /** The last problem with the connection (an error code from the adapter), for the warning. */
    lastErrorCode: text(),
    simulasi: boolean().notNull().default(false),
    /** While set and in the future, one process is refreshing the tokens (X rotates refresh tokens: two refreshes would revoke). */
    refreshLeaseUntil: timestamp({ withTimezone: true }),
    connectedBy: uuid(),
    connectedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sosial_akun_unit_platform_external').on(t.unitId, t.platform, t.externalAccountId),
    index('sosial_akun_unit').on(t.unitId, t.platform),
    index('sosial_akun_expiry').on(t.tokenExpiresAt).where(sql`${t.status} = 'terhubung' and ${t.mode} = 'api'`),
  ],
);

/**
 * One OAuth connection in progress: started by a person in one session, finished by the platform's
 * callback within minutes. Only the state's hash is kept; the PKCE verifier (X) and, for Meta, the
 * Pages or Instagram accounts offered after the callback are sealed until the admin picks one.
 */
export const sosialOauth = pgTable(
  'sosial_oauth',
  {
    ...unitOwned(),
    platform: text().notNull(),
    /** Set when reconnecting an existing account. */
    akunId: uuid().references(() => sosialAkun.id),
    userId: uuid().notNull(),
    sessionId: text().notNull(),
    stateHash: text().notNull(),
    codeVerifierSealed: text(),
    /** After the callback (Facebook, Instagram): the accounts to choose from, with their tokens, sealed. */
    pilihanSealed: text(),
    simulasi: boolean().notNull().default(false),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sosial_oauth_state').on(t.stateHash), index('sosial_oauth_expiry').on(t.expiresAt)],
);

/**
 * What one content item says on one account: filled from the website item by default, edited by the
 * team, checked against the platform's limits, and covered by the head's approval hash.
 */
export const sosialVarian = pgTable(
  'sosial_varian',
  {
    id: uuid().primaryKey().defaultRandom(),
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
    akunId: uuid()
      .notNull()
      .references(() => sosialAkun.id),
    /** Whether the item goes to this account at all. */
    aktif: boolean().notNull().default(true),
    teks: text().notNull().default(''),
    judul: text(),
    /** X: the further posts of a thread. */
    utas: text().array().notNull().default([]),
    /** Media chosen from the item, in order. */
    mediaIds: uuid().array().notNull().default([]),
    /** The platform's own switches (privacy, category, reply settings, post type…), as saved by a person (varian/settings.ts). */
    pengaturan: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /**
     * The fields still following the website item (`teks`, `judul`, `mediaIds`): shown from the current
     * revision until someone edits them, written into the row when the head approves (varian/README).
     */
    turunan: text().array().notNull().default(['teks', 'judul', 'mediaIds']),
    updatedBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sosial_varian_konten_akun').on(t.kontenId, t.akunId)],
);

/**
 * One publication of an approved item on one account, and its steps (prepare → publish → confirm,
 * or reconcile after a lost answer). A durable row: a restarted job resumes from `tahap` and `state`.
 * At most one live row per item and account, so nothing is posted twice.
 */
export const sosialKiriman = pgTable(
  'sosial_kiriman',
  {
    ...unitOwned(),
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
    akunId: uuid()
      .notNull()
      .references(() => sosialAkun.id),
    /** The account's platform, kept on the row so the record of what went out never depends on the account. */
    platform: text().notNull(),
    /** The variant as approved and sent (text, media, settings): what the platform received. */
    varian: jsonb().$type<Record<string, unknown>>().notNull(),
    /** antri, berjalan, belum_pasti, terbit, gagal, manual, menghapus, gagal_hapus, dihapus (terbit/kiriman-alur.ts). */
    status: text().notNull().default('antri'),
    /** The next step to run: prepare, publish, confirm, reconcile; `hapus` once a deletion was asked for. */
    tahap: text().notNull().default('prepare'),
    /** The adapter's state after the last step (containers, upload session, publish id). */
    state: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Every step run: {step, status, error, calls, at}. */
    langkah: jsonb().$type<Record<string, unknown>[]>().notNull().default([]),
    percobaan: integer().notNull().default(0),
    error: jsonb().$type<Record<string, unknown>>(),
    dijadwalkan: timestamp({ withTimezone: true }).notNull().defaultNow(),
    externalId: text(),
    permalink: text(),
    terbitAt: timestamp({ withTimezone: true }),
    /**
     * The lease of the process running the row's steps: only the owner writes (every write checks
     * it), a heartbeat extends it, and a process killed mid-step leaves it to expire for another.
     */
    leaseOwner: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sosial_kiriman_live').on(t.kontenId, t.akunId).where(sql`${t.status} not in ('gagal', 'dihapus')`),
    index('sosial_kiriman_due').on(t.dijadwalkan).where(sql`${t.status} in ('antri', 'berjalan', 'belum_pasti', 'menghapus')`),
    index('sosial_kiriman_unit').on(t.unitId, t.createdAt.desc()),
  ],
);
