/** Shapes of the content API (KONTEN.md; src/modules/konten/routes.ts). */

export type Dokumen = { type: 'doc'; content?: unknown[] };

export type Atribut = {
  mulai?: string;
  selesai?: string | null;
  tempat?: string;
  kategori?: string;
  dokumen?: string[];
  foto?: string[];
  youtube?: string | null;
  videoMediaId?: string | null;
};

export type KontenRingkas = {
  id: string;
  unitId: string;
  unitName: string;
  jenis: string;
  judul: string;
  status: string;
  bidangName: string | null;
  penulis: string;
  updatedAt: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  isLive: boolean;
  coverMediaId: string | null;
};

export type Halaman<T> = { items: T[]; total: number; halaman: number; perHalaman: number };

export type Papan = { columns: { status: string; items: KontenRingkas[]; total: number }[] };

export type Revisi = {
  id: string;
  nomor: number;
  judul: string;
  ringkasan: string | null;
  isi: Dokumen;
  atribut: Atribut | null;
  coverMediaId: string | null;
  tags: string[];
  mediaIds: string[];
  hash: string;
  authorLabel: string;
  createdAt: string;
};

export type FbsKonfirmasi = { item: number; confirmedBy: string | null; confirmedLabel: string | null; confirmedAt: string | null; note: string | null };

export type MediaCenterInfo = {
  status: string;
  note?: string | null;
  proposedAt?: string | null;
  decidedAt?: string | null;
  publishedAt?: string | null;
} | null;

export type KontenDetail = {
  item: {
    id: string;
    unitId: string;
    unitName: string;
    jenis: string;
    status: string;
    bidangId: string | null;
    bidangName: string | null;
    penulisPersonId: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    createdBy?: string;
    reviewRound?: number;
  };
  revisi: Revisi;
  liveRevisionId: string | null;
  approvedRevisionId: string | null;
  moves: string[];
  fbs: { round: number; items: FbsKonfirmasi[] };
  mediaCenter: MediaCenterInfo;
  wajibRedaktur: boolean;
  canEdit: boolean;
};

export type RevisiRingkas = { id: string; nomor: number; judul: string; authorLabel: string; createdAt: string; isLive: boolean; isApproved: boolean };

export type Langkah = { from: string | null; to: string; actorLabel: string; at: string; note: string | null };

export type Komentar = { id: string; isi: string; authorLabel: string; createdAt: string; mentions?: string[] };

/** A person of the unit with an account, who can be mentioned in a comment. */
export type Orang = { userId: string; label: string };

/** GET /api/konten/:id/komentar; `orang` lists who can be mentioned (the unit's team members with accounts). */
export type KomentarList = { items: Komentar[]; orang?: Orang[] };

/** A bilingual label as the katalog gives it. */
export type Label = { id: string; en: string };

/** GET /api/konten/katalog: the words for codes (statuses, kinds, FBS items, Media Center states). */
export type Katalog = {
  status: Record<string, Label>;
  jenis: Record<string, Label>;
  fbs: Record<string, Label>;
  mediaCenter: Record<string, Label>;
  kategori: Record<string, Label>;
};
