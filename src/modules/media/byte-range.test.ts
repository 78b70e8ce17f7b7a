import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { answerRange } from './byte-range.ts';
import { checkRanges } from './range-checks.ts';
import { phoneJpeg, uploadOk, waitProcessed } from './test-media.ts';

const facts = { size: 1000, etag: '"abc"', modifiedAt: new Date('2026-12-01T10:00:00.500Z') };

describe('answerRange', () => {
  it('answers one range, the whole file, or 416', () => {
    expect(answerRange(facts, undefined, undefined)).toEqual({ kind: 'whole' });
    expect(answerRange(facts, 'bytes=0-499', undefined)).toEqual({ kind: 'part', range: { start: 0, end: 499 } });
    expect(answerRange(facts, 'bytes=-1', undefined)).toEqual({ kind: 'part', range: { start: 999, end: 999 } });
    expect(answerRange(facts, 'bytes=1000-', undefined)).toEqual({ kind: 'unsatisfiable' });
    expect(answerRange(facts, 'bytes=0-1,5-6', undefined)).toEqual({ kind: 'whole' });
    expect(answerRange(facts, 'bytes=x', undefined)).toEqual({ kind: 'whole' });
  });

  it('honours If-Range by strong ETag or exact date only', () => {
    expect(answerRange(facts, 'bytes=0-1', '"abc"').kind).toBe('part');
    expect(answerRange(facts, 'bytes=0-1', '"abd"').kind).toBe('whole');
    expect(answerRange(facts, 'bytes=0-1', 'W/"abc"').kind).toBe('whole');
    expect(answerRange(facts, 'bytes=0-1', 'Tue, 01 Dec 2026 10:00:00 GMT').kind).toBe('part');
    expect(answerRange(facts, 'bytes=0-1', 'Tue, 01 Dec 2026 09:59:59 GMT').kind).toBe('whole');
    expect(answerRange(facts, 'bytes=0-1', 'kemarin').kind).toBe('whole');
  });
});

describe('media files on local disk answer byte ranges', () => {
  let w: TestWarta;
  let writer: TestClient;
  let id: string;
  let copyUrl: string;

  beforeAll(async () => {
    w = await startTestWarta();
    const f = await seedFixture(w.services);
    writer = new TestClient(w.app);
    await writer.signIn(f.writerA.email, PASSWORD);
    id = await uploadOk(writer, await phoneJpeg(700, 500), { filename: 'rentang.jpg', filetype: 'image/jpeg', unitId: f.unitA.id });
    copyUrl = (await waitProcessed(writer, id)).derivatives.at(-1)!.url;
  });
  afterAll(() => w.stop());

  const getter =
    (path: string) =>
    (headers: Record<string, string> = {}) =>
      w.app.request(path, { headers: { cookie: writer.cookie!, ...headers } });

  it('the file as kept (validators from the storage)', () => checkRanges(getter(`/api/media/${id}/berkas`)));
  it('a responsive copy (its own ETag)', () => checkRanges(getter(copyUrl)));
});
