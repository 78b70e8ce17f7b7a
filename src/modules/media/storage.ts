import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import { folderStorage } from './storage-folder.ts';
import { s3Storage } from './storage-s3.ts';

/**
 * Where media bytes live, by key (`{tenant}/{media}/{file}`). Two implementations: a folder in the
 * data directory (one server) and S3-compatible object storage (several servers, or a bucket kept
 * apart from the server). Keys are made by this module only, never from user input.
 */
export type MediaStorage = {
  /** Stores bytes under a key, replacing what was there. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Stores a local file under a key; the folder store moves it, S3 streams it. The file is gone after. */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  /** The whole file, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /**
   * A stream of the file (or of the bytes `range.start`..`range.end`, both inclusive) with what
   * an HTTP answer needs, or null when there is none.
   */
  open(key: string, range?: ByteRange): Promise<(StoredFacts & { stream: Readable; bytes: number }) | null>;
  /** The file's length and validators without its bytes (to choose a range), or null when there is none. */
  stat(key: string): Promise<StoredFacts | null>;
  /** Copies the file to a local path (for ffmpeg, which reads files). */
  download(key: string, path: string): Promise<void>;
  remove(key: string): Promise<void>;
};

export type ByteRange = { start: number; end: number };

/** What identifies a stored file's version: its whole length, a strong ETag and when it was written. */
export type StoredFacts = { size: number; etag: string; modifiedAt: Date };

const cache = new WeakMap<Config, MediaStorage>();

/** The storage the configuration names: S3 when a bucket is set, else `dataDir/media`. One per config. */
export function mediaStorage(config: Config): MediaStorage {
  let storage = cache.get(config);
  if (!storage) {
    storage = config.s3 ? s3Storage(config.s3) : folderStorage(`${config.dataDir}/media`);
    cache.set(config, storage);
  }
  return storage;
}
