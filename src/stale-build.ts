import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * When running the built server (dist/), whether a source file changed after the build, so a
 * developer who edited src/ and ran `npm start` is told that the old code runs. Null when fresh
 * or when running the sources (tsx). A few milliseconds: one stat per source file.
 */
export function staleBuildWarning(moduleUrl: string): string | null {
  const here = fileURLToPath(new URL('.', moduleUrl));
  if (!/[/\\]dist[/\\]$/.test(here)) return null;
  let built: number;
  try {
    built = statSync(join(here, '.built')).mtimeMs;
  } catch {
    return null;
  }
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  let changed: number;
  try {
    changed = newest(join(here, '..', 'src'));
  } catch {
    return null;
  }
  return changed > built
    ? 'src/ berubah setelah build; jalankan `npm run build` / src/ changed after the build: run `npm run build` (or `npm run dev`).'
    : null;
}
