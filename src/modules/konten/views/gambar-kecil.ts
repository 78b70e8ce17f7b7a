import type { GambarRender } from '../render-isi.ts';

const THUMB_MAX_WIDTH = 640;

// A list thumbnail is at most ~14rem wide (twice that on a dense phone screen): copies wider than
// 640 px are never chosen for it, and listing them for twenty items would cost kilobytes of HTML.
function narrow(srcset: string): string {
  const entries = srcset
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const kept = entries.filter((e) => {
    const w = /\s(\d+)w$/.exec(e);
    return !w || Number(w[1]) <= THUMB_MAX_WIDTH;
  });
  return (kept.length > 0 ? kept : entries.slice(0, 1)).join(', ');
}

/** The same photos with only the copies a list thumbnail can use. */
export function gambarKecil(gambar: ReadonlyMap<string, GambarRender>): Map<string, GambarRender> {
  return new Map([...gambar].map(([id, g]) => [id, { ...g, srcsetWebp: narrow(g.srcsetWebp), srcsetJpeg: narrow(g.srcsetJpeg) }]));
}
