import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

/** A media item as GET /api/media answers it (src/modules/media/media-view.ts). */
export type Media = {
  id: string;
  unitId: string;
  kind: 'foto' | 'video' | 'dokumen';
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  altText: string;
  caption: string;
  credit: string;
  privacy: boolean;
  tags: string[];
  state: 'menunggu' | 'siap' | 'tidak_diproses' | 'gagal';
  stateNote: string | null;
  createdAt: string;
  derivatives: Array<{ width: number; format: 'webp' | 'jpeg'; bytes: number; url: string }>;
  downloadUrl: string | null;
};

export type MediaPage = { items: Media[]; total: number; page: number; pageSize: number };
export type MediaLimits = { fotoMb: number; videoMb: number; dokumenMb: number };

export const mediaKinds = ['foto', 'video', 'dokumen'] as const;

/** The smallest WebP copy: the thumbnail of the grid. */
export const thumbnailOf = (m: Media) => m.derivatives.filter((d) => d.format === 'webp').sort((a, b) => a.width - b.width)[0]?.url ?? null;

/** A state note (a code from the server) in words. */
export const noteText = (note: string | null) => (note ? t(`media.note.${note}` as MessageKey) : '');

/** Bytes as people read them: "2,4 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
