import { createReadStream, createWriteStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Config } from '../../config.ts';
import type { ByteRange, MediaStorage, StoredFacts } from './storage.ts';

/** Media in an S3-compatible bucket through the official AWS SDK. */
export function s3Storage(config: S3Config): MediaStorage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: by default the SDK sends every upload as aws-chunked
    // with a trailing checksum, which many S3-compatible servers store as it came, framing and all.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const Bucket = config.bucket;
  const absent = (err: unknown) => err instanceof NoSuchKey || (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404);
  const factsOf = (out: { ContentLength?: number; ContentRange?: string; ETag?: string; LastModified?: Date }): StoredFacts => {
    const bytes = Number(out.ContentLength ?? 0);
    // A ranged answer names the whole length after the slash: `bytes 0-99/5000`.
    const whole = out.ContentRange ? Number(out.ContentRange.split('/')[1]) : bytes;
    return { size: Number.isFinite(whole) ? whole : bytes, etag: out.ETag ?? `"${whole.toString(16)}"`, modifiedAt: out.LastModified ?? new Date(0) };
  };
  const getObject = async (key: string, range?: ByteRange) => {
    try {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
      return out.Body ? { ...factsOf(out), stream: out.Body as Readable, bytes: Number(out.ContentLength ?? 0) } : null;
    } catch (err) {
      if (absent(err)) return null;
      throw err;
    }
  };
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
    },
    async putFile(key, path, contentType) {
      // One PUT takes up to 5 GB, above any upload limit Warta offers; the length lets the SDK stream it.
      const { size } = await stat(path);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: createReadStream(path), ContentType: contentType, ContentLength: size }));
      await unlink(path);
    },
    async get(key) {
      const found = await getObject(key);
      if (!found) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of found.stream) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks);
    },
    open: getObject,
    async stat(key) {
      try {
        return factsOf(await client.send(new HeadObjectCommand({ Bucket, Key: key })));
      } catch (err) {
        if (absent(err)) return null;
        throw err;
      }
    },
    async download(key, to) {
      const found = await getObject(key);
      if (!found) throw new Error(`media object missing: ${key}`);
      await pipeline(found.stream instanceof Readable ? found.stream : Readable.from(found.stream), createWriteStream(to));
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
