import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { MediaStorage, StoredFacts } from './storage.ts';

/** Media in a folder (by default `WARTA_DATA_DIR/media`): backed up with the data folder. */
export function folderStorage(root: string): MediaStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(join(base, key));
    // Keys are made by this module; the check keeps a bug from ever writing outside the folder.
    if (!path.startsWith(base + sep)) throw new Error(`media key outside the storage folder: ${key}`);
    return path;
  };
  const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
  // Files are replaced by rename, never written in place: length and time name a version (as nginx's ETag does).
  const factsOf = async (path: string): Promise<StoredFacts | null> => {
    try {
      const { size, mtimeMs, mtime } = await stat(path);
      return { size, etag: `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`, modifiedAt: mtime };
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside and renamed, so a reader never sees half a file.
      await writeFile(`${path}.part`, bytes);
      await rename(`${path}.part`, path);
    },
    async putFile(key, from) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      try {
        await rename(from, path);
      } catch (err) {
        // Another file system (a data folder mounted apart from the upload folder): copy instead.
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        await copyFile(from, `${path}.part`);
        await rename(`${path}.part`, path);
        await unlink(from);
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if (missing(err)) return null;
        throw err;
      }
    },
    async open(key, range) {
      const path = pathOf(key);
      const facts = await factsOf(path);
      if (!facts) return null;
      const stream = range ? createReadStream(path, { start: range.start, end: range.end }) : createReadStream(path);
      return { ...facts, stream, bytes: range ? range.end - range.start + 1 : facts.size };
    },
    stat: (key) => factsOf(pathOf(key)),
    async download(key, to) {
      await copyFile(pathOf(key), to);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
