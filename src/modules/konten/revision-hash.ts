import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.ts';
import type { DokumenIsi } from './schema.ts';
import type { Atribut } from './terms.ts';

/** Everything a revision shows: what the head approves and what the hash binds. */
export type RevisionContent = {
  judul: string;
  ringkasan: string;
  isi: DokumenIsi;
  atribut: Atribut;
  coverMediaId: string | null;
  tags: string[];
  mediaIds: string[];
  bidangId: string | null;
  penulisPersonId: string | null;
};

/**
 * The SHA-256 of a revision's canonical JSON (keys sorted): the same content always hashes the
 * same, so an approval bound to it breaks on any change of text, attributes or media.
 */
export function revisionHash(c: RevisionContent): string {
  const bound: RevisionContent = {
    judul: c.judul,
    ringkasan: c.ringkasan,
    isi: c.isi,
    atribut: c.atribut,
    coverMediaId: c.coverMediaId,
    tags: c.tags,
    mediaIds: c.mediaIds,
    bidangId: c.bidangId,
    penulisPersonId: c.penulisPersonId,
  };
  return createHash('sha256').update(canonicalJson(bound)).digest('hex');
}
