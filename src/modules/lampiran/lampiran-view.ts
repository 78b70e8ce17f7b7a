import type { LampiranRow } from './schema.ts';

/** An attachment as the API and the pages show it: no tenant, owner or bytes. */
export type LampiranView = {
  id: string;
  kind: 'file' | 'link';
  title: string;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  sha256: string | null;
  url: string | null;
  createdAt: string;
};

export function lampiranView(row: LampiranRow): LampiranView {
  return {
    id: row.id,
    kind: row.kind as LampiranView['kind'],
    title: row.title,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    url: row.url,
    createdAt: row.createdAt.toISOString(),
  };
}
