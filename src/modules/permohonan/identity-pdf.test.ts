import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readIdentityFile } from './identity-file.ts';
import { cleanPdf } from './identity-pdf.ts';

// Crafted PDFs, built here with a correct cross-reference table so the tests can check that the
// cleaned copy keeps every object where the table says it is.

type Obj = string | { dict: string; body: Buffer };

function buildPdf(objects: Obj[], trailer = '/Root 1 0 R'): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    const n = i + 1;
    if (typeof o === 'string') push(Buffer.from(`${n} 0 obj\n${o}\nendobj\n`, 'latin1'));
    else {
      push(Buffer.from(`${n} 0 obj\n<<${o.dict}/Length ${o.body.length}>>\nstream\n`, 'latin1'));
      push(o.body);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<</Size ${objects.length + 1}${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

const catalog = '<</Type/Catalog/Pages 2 0 R>>';
const pages = '<</Type/Pages/Kids[3 0 R]/Count 1>>';
const page = '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>';
const content = { dict: '', body: Buffer.from('BT /F1 12 Tf 72 720 Td (Akta pendirian) Tj ET', 'latin1') };
const plain = [catalog, pages, page, content];

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));
const cleaned = (pdf: Buffer) => {
  const out = cleanPdf(pdf);
  if ('refused' in out) throw new Error(`refused: ${out.refused}`);
  return out.bytes;
};

/** PNG "Up" predictor rows (filter byte 2), as a producer writes an object or cross-reference stream. */
function pngUp(raw: Buffer, columns: number): Buffer {
  const padded = Buffer.concat([raw, Buffer.alloc((columns - (raw.length % columns)) % columns, 0x20)]);
  const rows: Buffer[] = [];
  for (let at = 0; at < padded.length; at += columns) {
    const row = Buffer.alloc(columns + 1);
    row[0] = 2;
    for (let i = 0; i < columns; i++) row[i + 1] = (padded[at + i]! - (at > 0 ? padded[at - columns + i]! : 0)) & 0xff;
    rows.push(row);
  }
  return Buffer.concat(rows);
}

/** Every xref entry still points at its `n 0 obj`. */
function offsetsHold(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const table = text.slice(text.lastIndexOf('\nxref\n'));
  const rows = [...table.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  return rows.length > 0 && rows.every((offset, i) => text.startsWith(`${i + 1} 0 obj`, offset));
}

describe('active content in an identity PDF', () => {
  it('accepts a plain PDF unchanged', () => {
    const pdf = buildPdf(plain);
    expect(cleaned(pdf).equals(pdf)).toBe(true);
  });

  it.each([
    ['an OpenAction with JavaScript', '<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>>>'],
    ['a name spelled with #xx escapes', '<</Type/Catalog/Pages 2 0 R/OpenAction<</S/J#61vaScript/J#53 5 0 R>>>>'],
    ['additional actions', '<</Type/Catalog/Pages 2 0 R/AA<</WC<</S/Launch/F(cmd.exe)>>>>>>'],
    ['an embedded file', '<</Type/Catalog/Pages 2 0 R/Names<</EmbeddedFiles<</Names[(a.exe) 6 0 R]>>>>>>'],
    ['an XFA form', '<</Type/Catalog/Pages 2 0 R/AcroForm<</Fields[]/XFA 7 0 R>>>>'],
    ['a form that submits', '<</Type/Catalog/Pages 2 0 R/AcroForm<</Fields[<</A<</S/SubmitForm/F(http://x.example/)>>>>]>>>>'],
    ['rich media', '<</Type/Catalog/Pages 2 0 R/Extensions<</RichMedia 1>>>>'],
    ['data import', '<</Type/Catalog/Pages 2 0 R/OpenAction<</S/ImportData/F(data.fdf)>>>>'],
  ])('refuses %s', (_label, root) => {
    expect(cleanPdf(buildPdf([root, pages, page, content]))).toEqual({ refused: 'pdf_active' });
  });

  it('refuses an embedded-file stream found by its stream dictionary', () => {
    const pdf = buildPdf([...plain, { dict: '/Type/EmbeddedFile', body: Buffer.from('MZ payload') }]);
    expect(cleanPdf(pdf)).toEqual({ refused: 'pdf_active' });
  });

  it('looks inside a FlateDecode object stream and refuses JavaScript hidden there', () => {
    const objects = Buffer.from('5 0 6 40 <</S/JavaScript/JS(app.launchURL\\("x"\\))>> <</Type/Annot/AA<<>>>>', 'latin1');
    const objStm = { dict: '/Type/ObjStm/N 2/First 9/Filter/FlateDecode', body: deflateSync(objects) };
    expect(cleanPdf(buildPdf([...plain, objStm]))).toEqual({ refused: 'pdf_active' });
    // The same object stream without active content is accepted.
    const harmless = {
      dict: '/Type/ObjStm/N 1/First 4/Filter [/FlateDecode]',
      body: deflateSync(Buffer.from('5 0 <</Type/Font/Subtype/Type1/BaseFont/Helvetica>>')),
    };
    expect('bytes' in cleanPdf(buildPdf([...plain, harmless]))).toBe(true);
  });

  it('refuses what it cannot look into: another encoding, a broken stream, encryption', () => {
    const hex = { dict: '/Type/ObjStm/N 1/First 4/Filter/ASCIIHexDecode', body: Buffer.from(Buffer.from('5 0 <</JS(x)>>').toString('hex')) };
    expect(cleanPdf(buildPdf([...plain, hex]))).toEqual({ refused: 'pdf_unchecked' });
    const broken = { dict: '/Type/ObjStm/N 1/First 4/Filter/FlateDecode', body: Buffer.from('not zlib at all') };
    expect(cleanPdf(buildPdf([...plain, broken]))).toEqual({ refused: 'pdf_unchecked' });
    const lzw = { dict: '/Filter/LZWDecode', body: Buffer.from([0x80, 0x0b, 0x60, 0x50]) };
    expect(cleanPdf(buildPdf([...plain, lzw]))).toEqual({ refused: 'pdf_unchecked' });
    const tiff = { dict: '/Filter/FlateDecode/DecodeParms<</Predictor 2/Columns 4>>', body: deflateSync(Buffer.alloc(8)) };
    expect(cleanPdf(buildPdf([...plain, tiff]))).toEqual({ refused: 'pdf_unchecked' });
    expect(cleanPdf(buildPdf([...plain, '<</Filter/Standard/V 2/R 3/O<00>/U<00>/P -4>>'], '/Root 1 0 R/Encrypt 5 0 R'))).toEqual({ refused: 'pdf_unchecked' });
  });

  it('finds object streams however they are disguised: no /Type, a PNG predictor, a wrong checksum, spaces after the keyword', () => {
    const objects = Buffer.from('5 0 <</Type/Action/S/JavaScript/JS(app.alert\\(1\\))>>', 'latin1');
    const undeclared = { dict: '/N 1/First 4/Filter/FlateDecode', body: deflateSync(objects) };
    expect(cleanPdf(buildPdf([...plain, undeclared]))).toEqual({ refused: 'pdf_active' });
    const predicted = { dict: '/Type/ObjStm/N 1/First 4/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 6>>', body: deflateSync(pngUp(objects, 6)) };
    expect(cleanPdf(buildPdf([...plain, predicted]))).toEqual({ refused: 'pdf_active' });
    const badChecksum = deflateSync(objects);
    badChecksum[badChecksum.length - 1]! ^= 0xff;
    expect(cleanPdf(buildPdf([...plain, { dict: '/N 1/First 4/Filter/FlateDecode', body: badChecksum }]))).toEqual({ refused: 'pdf_active' });
    const spaced = Buffer.concat([
      buildPdf(plain).subarray(0, -6),
      Buffer.from('6 0 obj\n<</N 1/First 4/Filter/FlateDecode>>stream  \n', 'latin1'),
      deflateSync(objects),
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expect(cleanPdf(spaced)).toEqual({ refused: 'pdf_active' });
    // A cross-reference stream with its usual PNG predictor is read and passes.
    const xref = {
      dict: '/Type/XRef/W[1 2 1]/Size 5/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 4>>',
      body: deflateSync(pngUp(Buffer.from([1, 0, 15, 0, 1, 0, 80, 0]), 4)),
    };
    expect('bytes' in cleanPdf(buildPdf([...plain, xref]))).toBe(true);
  });

  it('refuses a PDF whose streams expand past what a deed needs', () => {
    const bomb = { dict: '/Filter/FlateDecode', body: deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20)) };
    expect(cleanPdf(buildPdf([...plain, bomb]))).toEqual({ refused: 'pdf_unchecked' });
  });

  it('does not read image or content data as structure', () => {
    // Compressed image samples may by chance spell a name; they are never scanned.
    const image = {
      dict: '/Type/XObject/Subtype/Image/Width 4/Height 1/BitsPerComponent 8/ColorSpace/DeviceGray/Filter/FlateDecode',
      body: Buffer.from('x/JS /AA endobj', 'latin1'),
    };
    expect('bytes' in cleanPdf(buildPdf([...plain, image]))).toBe(true);
  });
});

describe('metadata of an identity PDF', () => {
  it('removes the Info reference and blanks its strings, keeping every offset', () => {
    const info = '<</Author(Pemohon Uji \\(Kupang\\))/Title<50656d6f686f6e>/Producer(Scanner X)/CreationDate(D:20261123080000+08)>>';
    const pdf = buildPdf([...plain, info], '/Root 1 0 R/Info 5 0 R');
    const out = cleaned(pdf);
    expect(out.length).toBe(pdf.length);
    for (const gone of ['Pemohon Uji', 'Kupang', '50656d6f686f6e', 'Scanner X', 'D:2026', '/Info 5 0 R']) expect(has(out, gone), gone).toBe(false);
    expect(has(out, '/Author(')).toBe(true); // the keys stay, their values are spaces
    expect(offsetsHold(out)).toBe(true);
    expect(has(out, 'Akta pendirian')).toBe(true);
  });

  it('replaces an XMP stream, plain or compressed, with an empty packet', () => {
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Pemohon Uji</dc:creator><exif:GPSLatitude>10,10S</exif:GPSLatitude></x:xmpmeta><?xpacket end="w"?>';
    const plainXmp = { dict: '/Type/Metadata/Subtype/XML', body: Buffer.from(xmp) };
    const packedXmp = { dict: '/Type /Metadata /Subtype /XML /Filter /FlateDecode', body: deflateSync(Buffer.from(xmp)) };
    const pdf = buildPdf(['<</Type/Catalog/Pages 2 0 R/Metadata 5 0 R>>', pages, page, content, plainXmp, packedXmp]);
    expect(inflateSync(packedXmp.body).toString()).toContain('Pemohon Uji');
    const out = cleaned(pdf);
    expect(out.length).toBe(pdf.length);
    expect(has(out, 'Pemohon Uji')).toBe(false);
    expect(has(out, 'GPSLatitude')).toBe(false);
    expect(has(out, 'FlateDecode')).toBe(false); // the filter of the compressed packet is gone with it
    expect(out.toString('latin1').split('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>').length).toBe(3);
    expect(offsetsHold(out)).toBe(true);
  });

  it('is what readIdentityFile does with a PDF', () => {
    const pdf = buildPdf([...plain, '<</Author(Pemohon Uji)>>'], '/Root 1 0 R/Info 5 0 R');
    const file = readIdentityFile(pdf);
    expect(file && 'bytes' in file && file.mediaType).toBe('application/pdf');
    expect(file && 'bytes' in file && has(file.bytes, 'Pemohon Uji')).toBe(false);
    expect(readIdentityFile(buildPdf(['<</Type/Catalog/OpenAction<</S/JavaScript/JS(x)>>>>', pages, page, content]))).toEqual({ refused: 'pdf_active' });
  });
});
