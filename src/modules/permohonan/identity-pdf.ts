import { constants, inflateRawSync } from 'node:zlib';

/**
 * Why a PDF is refused: it carries active content (scripts, actions that run on opening, embedded
 * files, forms that send data), or a part that cannot be checked (encrypted, or an object stream
 * in an encoding this check does not read). The citizen is asked for a photo, a scan or a plain PDF.
 */
export type PdfRefusal = 'pdf_active' | 'pdf_unchecked';

/**
 * Names that make a PDF do something when it is opened or clicked, or carry another file. Each is
 * only ever a dictionary key or type, so finding it in any dictionary is enough to refuse.
 */
const ACTIVE_NAMES = new Set([
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToE',
  'GoToR',
]);

/** Streams decompressed beyond this in all are not a deed's: refused rather than expanded further. */
const MAX_INFLATED = 32 * 1024 * 1024;

/** An empty XMP packet: what a blanked metadata stream holds, so a reader still finds valid XML. */
const EMPTY_XMP = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>';

type Stream = { dict: string; dictStart: number; bodyStart: number; bodyEnd: number };

/**
 * Checks a PDF for active content, without changing it: null when it may be kept, otherwise the
 * reason it is refused. Used as it is for attachments (an official document keeps its title and
 * author); cleanPdf adds the metadata blanking identity copies need.
 *
 * Refused: any dictionary naming active content (ACTIVE_NAMES, also when spelled with `#xx`
 * escapes), at the top level or inside an object stream, which is decompressed (FlateDecode, PNG
 * predictors) to look; an encrypted file, or a stream in an encoding other than FlateDecode or an
 * image codec, since those cannot be looked into.
 */
export function checkPdf(bytes: Buffer): PdfRefusal | null {
  const found = inspect(bytes);
  return 'refused' in found ? found.refused : null;
}

/**
 * Checks a PDF (checkPdf) and returns a copy without its document metadata, or the reason it is
 * refused.
 *
 * Blanked, in place and at the same length so every offset of the cross-reference table still
 * holds (no rewrite of the file): the trailers' reference to the Info dictionary (author, title,
 * producer, dates), the strings of that dictionary when it is a top-level object, and every XMP
 * metadata stream (replaced by an empty packet, its filter removed). An Info dictionary stored in a
 * compressed object stream loses its reference and so is shown by no reader, but its bytes stay in
 * the compressed stream; metadata of images inside pages (EXIF in an embedded JPEG) is not touched.
 */
export function cleanPdf(bytes: Buffer): { bytes: Buffer } | { refused: PdfRefusal } {
  const found = inspect(bytes);
  if ('refused' in found) return found;
  const out = Buffer.from(bytes);
  blankInfo(found.text, out, found.streams);
  for (const s of found.streams) if (typeOf(s.dict) === 'Metadata') blankMetadata(out, s);
  return { bytes: out };
}

// The check of checkPdf, keeping what it parsed for cleanPdf's blanking.
function inspect(bytes: Buffer): { text: string; streams: Stream[] } | { refused: PdfRefusal } {
  const text = bytes.toString('latin1');
  const streams = findStreams(text);
  const topLevel = outsideStreams(text, streams);
  const names = namesIn(topLevel.join(' '));
  if (names.has('Encrypt')) return { refused: 'pdf_unchecked' };
  if ([...names].some((n) => ACTIVE_NAMES.has(n))) return { refused: 'pdf_active' };
  const budget = { left: MAX_INFLATED };
  for (const s of streams) {
    const inner = decodedStream(bytes, s, budget);
    if (inner === 'unchecked') return { refused: 'pdf_unchecked' };
    // Only objects can hold actions: a stream is read as objects when it says it is an object
    // stream or starts like one (object numbers and offsets), since a reader finds object
    // streams through the cross-reference table, whatever their dictionary claims.
    if (inner === null || !(typeOf(s.dict) === 'ObjStm' || /^\s*\d+\s+\d+\s/.test(inner.slice(0, 64)))) continue;
    if ([...namesIn(inner)].some((n) => ACTIVE_NAMES.has(n))) return { refused: 'pdf_active' };
  }
  return { text, streams };
}

// Every `stream … endstream` body with the dictionary before it. A body is skipped by its direct
// /Length when that lands on `endstream`, otherwise up to the next `endstream`, so bytes inside a
// body are never read as structure.
function findStreams(text: string): Stream[] {
  const streams: Stream[] = [];
  // Readers accept spaces after the keyword and even a missing end of line, so this does too.
  const keyword = />>\s*stream[ \t]*(\r\n|\n|\r)?/g;
  let pos = 0;
  for (;;) {
    keyword.lastIndex = pos;
    const m = keyword.exec(text);
    if (!m) return streams;
    const dictStart = Math.max(pos, text.lastIndexOf('obj', m.index));
    const dict = text.slice(dictStart, m.index + 2);
    const bodyStart = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let bodyEnd = length ? bodyStart + Number(length[1]) : -1;
    if (bodyEnd < 0 || !/^\s*endstream/.test(text.slice(bodyEnd, bodyEnd + 20))) bodyEnd = text.indexOf('endstream', bodyStart);
    if (bodyEnd < 0) bodyEnd = text.length;
    streams.push({ dict, dictStart, bodyStart, bodyEnd });
    pos = bodyEnd;
  }
}

function outsideStreams(text: string, streams: Stream[]): string[] {
  const parts: string[] = [];
  let pos = 0;
  for (const s of streams) {
    parts.push(text.slice(pos, s.bodyStart));
    pos = s.bodyEnd;
  }
  parts.push(text.slice(pos));
  return parts;
}

/** The names in a piece of PDF syntax, with `#xx` escapes decoded (`/J#61vaScript` is /JavaScript). */
function namesIn(syntax: string): Set<string> {
  const names = new Set<string>();
  for (const m of syntax.matchAll(/\/([^\s()<>[\]{}/%]*)/g))
    names.add(m[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))));
  return names;
}

/** The /Type of a stream's dictionary (`/Type /Metadata`, `/Type /ObjStm`), escapes decoded. */
function typeOf(dict: string): string | null {
  const m = /\/Type\s*(\/[^\s/<>[\]()]+)/.exec(dict);
  return m ? ([...namesIn(m[1]!)][0] ?? null) : null;
}

/** Filters whose output is pixels, never PDF objects: such streams are not read. */
const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'CCITTFaxDecode', 'JBIG2Decode']);

/**
 * A stream's data as text: stored plainly or with FlateDecode (a PNG predictor undone); null for
 * image data (and a broken stream that is not an object stream: a reader shows nothing of it);
 * 'unchecked' for any other encoding, or an object stream that does not decode. The inflate is as
 * lenient as readers are (no checksum, data after the end or a cut-off end accepted), so nothing
 * a reader would decode is skipped here.
 */
function decodedStream(bytes: Buffer, s: Stream, budget: { left: number }): string | null | 'unchecked' {
  const filters = filterNames(s.dict);
  if (filters === null) return 'unchecked';
  if (filters.length > 0 && filters.every((f) => IMAGE_FILTERS.has(f))) return null;
  if (filters.some((f) => f !== 'FlateDecode') || filters.length > 1) return 'unchecked';
  const body = bytes.subarray(s.bodyStart, s.bodyEnd);
  if (filters.length === 0) return body.toString('latin1');
  const declared = typeOf(s.dict) === 'ObjStm';
  let data: Buffer;
  try {
    data = inflateRawSync(body.subarray(2), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget.left) });
  } catch (err) {
    // Past the budget nothing more can be looked into; broken data shows nothing in a reader either.
    if (err instanceof RangeError || declared) return 'unchecked';
    return null;
  }
  budget.left -= data.length;
  const predictor = Number(/\/Predictor\s+(\d+)/.exec(s.dict)?.[1] ?? 1);
  if (predictor === 1) return data.toString('latin1');
  if (predictor < 10) return 'unchecked'; // the TIFF predictor: not used for objects by any producer seen
  const unfiltered = undoPngPredictor(data, s.dict);
  return unfiltered ? unfiltered.toString('latin1') : 'unchecked';
}

// PNG row filters (None, Sub, Up, Average, Paeth), each row led by its filter byte.
function undoPngPredictor(data: Buffer, dict: string): Buffer | null {
  const num = (key: string, fallback: number) => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1] ?? fallback);
  const bpp = Math.max(1, Math.ceil((num('Colors', 1) * num('BitsPerComponent', 8)) / 8));
  const rowLength = Math.ceil((num('Colors', 1) * num('BitsPerComponent', 8) * num('Columns', 1)) / 8);
  if (rowLength < 1 || rowLength > 1 << 20) return null;
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = Buffer.alloc(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const row = data.subarray(r * (rowLength + 1) + 1, (r + 1) * (rowLength + 1));
    const at = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const up = r > 0 ? out[at + i - rowLength]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[at + i - rowLength - bpp]! : 0;
      const x = row[i]!;
      if (type === 0) out[at + i] = x;
      else if (type === 1) out[at + i] = (x + left) & 0xff;
      else if (type === 2) out[at + i] = (x + up) & 0xff;
      else if (type === 3) out[at + i] = (x + ((left + up) >> 1)) & 0xff;
      else if (type === 4) out[at + i] = (x + paeth(left, up, upLeft)) & 0xff;
      else return null;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The stream's filters in order; null when /Filter is not a name or an array of names. */
function filterNames(dict: string): string[] | null {
  const m = /\/Filter\s*(\/[^\s/<>[\]()]+|\[[^\]]*\])?/.exec(dict);
  if (!m) return [];
  if (!m[1]) return null;
  return [...namesIn(m[1])];
}

const spaces = (out: Buffer, from: number, to: number) => out.fill(0x20, from, to);

// Removes every trailer's `/Info n g R` and blanks the strings of each Info object found at the top level.
function blankInfo(text: string, out: Buffer, streams: Stream[]): void {
  const inStream = (at: number) => streams.some((s) => at >= s.bodyStart && at < s.bodyEnd);
  const infoObjects = new Set<string>();
  for (const m of text.matchAll(/\/Info\s+(\d+)\s+(\d+)\s+R/g)) {
    if (inStream(m.index)) continue;
    infoObjects.add(`${m[1]} ${m[2]}`);
    spaces(out, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g)) {
    if (!infoObjects.has(`${m[1]} ${m[2]}`) || inStream(m.index)) continue;
    const end = text.indexOf('endobj', m.index);
    blankStrings(text, out, m.index + m[0].length, end < 0 ? text.length : end);
  }
}

// Fills the inside of every literal `( … )` and hex `< … >` string between from and to with spaces.
function blankStrings(text: string, out: Buffer, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      for (; j < to && depth > 0; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
      }
      spaces(out, i + 1, Math.min(j - 1, to));
      i = j - 1;
    } else if (c === '<' && text[i + 1] !== '<') {
      const close = text.indexOf('>', i);
      if (close < 0 || close > to) return;
      spaces(out, i + 1, close);
      i = close;
    } else if (c === '<') i++;
  }
}

// An XMP stream becomes an empty packet (or spaces when too short for one); its /Filter and
// /DecodeParms are blanked so the packet is read as it is.
function blankMetadata(out: Buffer, s: Stream): void {
  for (const m of s.dict.matchAll(/\/(Filter|DecodeParms)\s*(\/[^\s/<>[\]()]+|\[[^\]]*\]|<<[^<>]*>>)/g)) {
    spaces(out, s.dictStart + m.index, s.dictStart + m.index + m[0].length);
  }
  spaces(out, s.bodyStart, s.bodyEnd);
  if (s.bodyEnd - s.bodyStart >= EMPTY_XMP.length) out.write(EMPTY_XMP, s.bodyStart, 'latin1');
}
