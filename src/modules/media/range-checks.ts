import { expect } from 'vitest';

type Get = (headers?: Record<string, string>) => Response | Promise<Response>;

const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

/**
 * Every byte-range case against one served file, whatever storage holds it: the whole file with
 * Accept-Ranges and validators, a range, an open range, a suffix, a range past the end (416),
 * several ranges (the whole file), a malformed header (ignored), and If-Range by ETag and by date.
 */
export async function checkRanges(get: Get): Promise<void> {
  const whole = await get();
  expect(whole.status).toBe(200);
  expect(whole.headers.get('accept-ranges')).toBe('bytes');
  const etag = whole.headers.get('etag')!;
  const modified = whole.headers.get('last-modified')!;
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(new Date(modified).getTime()).toBeGreaterThan(0);
  const full = await bytesOf(whole);
  const size = full.length;
  expect(size).toBeGreaterThan(200);
  expect(whole.headers.get('content-length')).toBe(String(size));

  const expectPart = async (res: Response, start: number, end: number) => {
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toBe(etag);
    expect((await bytesOf(res)).equals(full.subarray(start, end + 1))).toBe(true);
  };
  const expectWhole = async (res: Response) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBeNull();
    expect((await bytesOf(res)).equals(full)).toBe(true);
  };

  await expectPart(await get({ range: 'bytes=0-99' }), 0, 99);
  await expectPart(await get({ range: 'bytes=100-' }), 100, size - 1);
  await expectPart(await get({ range: 'bytes=-50' }), size - 50, size - 1);
  // An end past the file is cut to its last byte.
  await expectPart(await get({ range: `bytes=${size - 10}-${size + 1000}` }), size - 10, size - 1);
  // Overlapping ranges are one range.
  await expectPart(await get({ range: 'bytes=0-49,20-99' }), 0, 99);

  const past = await get({ range: `bytes=${size}-` });
  expect(past.status).toBe(416);
  expect(past.headers.get('content-range')).toBe(`bytes */${size}`);
  expect((await bytesOf(past)).length).toBe(0);

  // Several separate ranges, a malformed header and another unit: the whole file.
  await expectWhole(await get({ range: 'bytes=0-9,50-59' }));
  await expectWhole(await get({ range: 'bytes=abc' }));
  await expectWhole(await get({ range: 'items=0-1' }));

  // If-Range: the version the client holds gets the part; any other version (or a weak tag) the whole new file.
  await expectPart(await get({ range: 'bytes=0-9', 'if-range': etag }), 0, 9);
  await expectPart(await get({ range: 'bytes=0-9', 'if-range': modified }), 0, 9);
  await expectWhole(await get({ range: 'bytes=0-9', 'if-range': '"versi-lama"' }));
  await expectWhole(await get({ range: 'bytes=0-9', 'if-range': `W/${etag}` }));
  await expectWhole(await get({ range: 'bytes=0-9', 'if-range': new Date(Date.parse(modified) - 60_000).toUTCString() }));
  // If-Range is about a range only; a range past the end with a stale If-Range is the whole file, not 416.
  await expectWhole(await get({ range: `bytes=${size}-`, 'if-range': '"versi-lama"' }));
}
