import { describe, expect, it } from 'vitest';
import { craftedActivePdf, craftedJpeg, craftedPdf, craftedPng } from '../permohonan/identity-test-files.ts';
import { attachmentDisposition, cleanFileName } from './file-name.ts';
import { linkUrl } from './link-url.ts';
import { type RecognisedFile, recogniseFile } from './media-type.ts';
import { docmFile, docxFile, exeFile, htmlText, odtFile, plainZip, xlsxFile, zipOf } from './test-files.ts';

const kept = (bytes: Buffer, name = 'x.bin') => {
  const found = recogniseFile(bytes, name);
  return found && 'mediaType' in found ? found : null;
};
const typeOf = (bytes: Buffer, name = 'x.bin') => kept(bytes, name)?.mediaType ?? null;

describe('recognising an attachment by its content', () => {
  it('names each accepted kind from its bytes, whatever the file is called', () => {
    expect(typeOf(craftedPdf(), 'foto.jpg')).toBe('application/pdf');
    expect(typeOf(craftedJpeg(), 'dokumen.pdf')).toBe('image/jpeg');
    expect(typeOf(craftedPng())).toBe('image/png');
    expect(typeOf(docxFile(), 'tabel.xlsx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(typeOf(xlsxFile())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(typeOf(odtFile())).toBe('application/vnd.oasis.opendocument.text');
    expect(typeOf(zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]))).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(typeOf(plainZip())).toBe('application/zip');
    expect(typeOf(Buffer.from('tahun;jumlah\n2025;100\n'), 'anggaran.CSV')).toBe('text/csv');
    expect(typeOf(Buffer.from('\ufeffCatatan rapat\r\n\tbaris kedua\n'), 'catatan.txt')).toBe('text/plain');
  });

  it('keeps a macro-enabled document a ZIP, never a DOCX', () => {
    expect(typeOf(docmFile(), 'surat.docx')).toBe('application/zip');
  });

  it('refuses programs, binary data, broken files and empty files', () => {
    expect(typeOf(exeFile(), 'laporan.pdf')).toBeNull();
    expect(typeOf(Buffer.from([0, 1, 2, 3, 0xff, 0xfe]), 'data.txt')).toBeNull();
    expect(typeOf(Buffer.from('teks dengan \u0000 NUL'), 'a.txt')).toBeNull();
    expect(typeOf(Buffer.from('%PDF-1.4\nterpotong'), 'a.pdf')).toBeNull();
    expect(typeOf(craftedJpeg().subarray(0, 60), 'a.jpg')).toBeNull();
    expect(typeOf(docxFile().subarray(0, 80), 'a.docx')).toBeNull();
    expect(typeOf(Buffer.alloc(0))).toBeNull();
  });

  it('refuses a PDF with active content, and keeps a plain one byte for byte', () => {
    expect(recogniseFile(craftedActivePdf(), 'perbup.pdf')).toEqual({ refused: 'pdf_active' });
    const plain = craftedPdf();
    expect(kept(plain)?.bytes.equals(plain)).toBe(true);
  });

  it('takes HTML only as plain text, which is served as a download', () => {
    expect(typeOf(htmlText(), 'halaman.html')).toBe('text/plain');
  });

  it('strips location metadata from JPEG and PNG', () => {
    const jpeg = kept(craftedJpeg(), 'foto.jpg') as RecognisedFile;
    expect(jpeg.bytes.includes('GPSLatitude')).toBe(false);
    expect(jpeg.bytes.includes('Kupang')).toBe(false);
    const png = kept(craftedPng(), 'foto.png') as RecognisedFile;
    expect(png.bytes.includes('Kupang')).toBe(false);
    expect(png.bytes.includes('IDAT')).toBe(true);
  });
});

describe('names and links', () => {
  it('cleans the download name and gives it the extension of the real type', () => {
    expect(cleanFileName('C:\\Users\\ppid\\Laporan "final".exe', 'application/pdf')).toBe('Laporan final.pdf');
    expect(cleanFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(cleanFileName('', 'image/png')).toBe('lampiran.png');
    expect(attachmentDisposition('Anggaran 2025 – revisi.pdf')).toBe(
      `attachment; filename="Anggaran 2025 _ revisi.pdf"; filename*=UTF-8''Anggaran%202025%20%E2%80%93%20revisi.pdf`,
    );
  });

  it('encodes every character RFC 5987 does not allow in the exact name', () => {
    expect(attachmentDisposition("Rekap (final) 'v2'*.pdf")).toBe(
      `attachment; filename="Rekap _final_ _v2_.pdf"; filename*=UTF-8''Rekap%20%28final%29%20%27v2%27%2A.pdf`,
    );
  });

  it('accepts http(s) links only', () => {
    expect(linkUrl(' https://data.uji.test/aset.pdf ')).toBe('https://data.uji.test/aset.pdf');
    expect(linkUrl('http://uji.test')).toBe('http://uji.test/');
    for (const bad of [
      'javascript:alert(1)',
      'ftp://uji.test/a',
      'data:text/html,x',
      '//uji.test/a',
      'https://user:pw@uji.test/',
      'https://uji.test/a b',
      'bukan tautan',
    ]) {
      expect(linkUrl(bad)).toBeNull();
    }
  });
});
