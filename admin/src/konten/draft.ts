import type { Atribut, Dokumen, KontenDetail } from './types.ts';

/** What the writing screen edits: the fields of a save (PUT /api/konten/:id) without the base revision. */
export type Draft = {
  judul: string;
  ringkasan: string;
  isi: Dokumen;
  atribut: Atribut;
  bidangId: string | null;
  penulisPersonId: string | null;
  coverMediaId: string | null;
  tags: string[];
};

export const emptyDraft: Draft = {
  judul: '',
  ringkasan: '',
  isi: { type: 'doc', content: [{ type: 'paragraph' }] },
  atribut: {},
  bidangId: null,
  penulisPersonId: null,
  coverMediaId: null,
  tags: [],
};

/** The draft of an item's current revision. */
export function draftOf(detail: KontenDetail): Draft {
  const r = detail.revisi;
  return {
    judul: r.judul,
    ringkasan: r.ringkasan ?? '',
    isi: r.isi ?? emptyDraft.isi,
    atribut: r.atribut ?? {},
    bidangId: detail.item.bidangId,
    penulisPersonId: detail.item.penulisPersonId,
    coverMediaId: r.coverMediaId,
    tags: r.tags ?? [],
  };
}

/** The request body: optional ids are left out when empty. */
export function bodyOf(draft: Draft) {
  return {
    judul: draft.judul.trim(),
    ringkasan: draft.ringkasan.trim(),
    isi: draft.isi,
    atribut: draft.atribut,
    bidangId: draft.bidangId ?? undefined,
    penulisPersonId: draft.penulisPersonId ?? undefined,
    coverMediaId: draft.coverMediaId ?? undefined,
    tags: draft.tags,
  };
}
