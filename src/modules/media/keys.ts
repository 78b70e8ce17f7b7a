/** Storage keys of a media item's files; made here only, from ids and numbers, never from input. */
export const mediaKeys = {
  /** The upload as it arrived, until the job has cleaned it (images) or checked it (videos). */
  incoming: (tenantId: string, mediaId: string) => `${tenantId}/${mediaId}/masuk`,
  original: (tenantId: string, mediaId: string, extension: string) => `${tenantId}/${mediaId}/asli.${extension}`,
  derivative: (tenantId: string, mediaId: string, name: string) => `${tenantId}/${mediaId}/${name}`,
};

/** The public file name of a derivative: `640.webp`, `1024.jpg`, `poster-640.jpg`. */
export function derivativeFileName(d: { width: number; format: 'webp' | 'jpeg'; key: string }): string {
  const prefix = d.key.includes('/poster-') ? 'poster-' : '';
  return `${prefix}${d.width}.${d.format === 'jpeg' ? 'jpg' : 'webp'}`;
}
