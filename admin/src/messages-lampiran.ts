/** The attachments card (files and links on a decision or an information item), merged into messages.ts. */
export const lmpId = {
  'lmp.title': 'Lampiran',
  'lmp.introPermohonan':
    'Berkas atau tautan informasi yang diberikan. Pemohon mengunduhnya di halaman pelacakan (dengan nomor dan kode pelacakan), dan berkasnya ikut terkirim bersama pemberitahuan tertulis melalui e-mail.',
  'lmp.introInformasi':
    'Dokumen informasi ini. Untuk informasi publik (DIP), setiap orang dapat mengunduhnya dari halaman informasi di portal PPID; dokumen informasi yang dikecualikan tidak pernah ditampilkan.',
  'lmp.empty': 'Belum ada lampiran.',
  'lmp.link': 'tautan',
  'lmp.download': 'Unduh',
  'lmp.downloaded': 'Berkas diunduh.',
  'lmp.remove': 'Hapus',
  'lmp.removeConfirm': 'Hapus lampiran "{title}"?',
  'lmp.removed': 'Lampiran dihapus.',
  'lmp.fileTitle': 'Unggah berkas',
  'lmp.file': 'Berkas',
  'lmp.fileHint':
    'PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS, CSV, TXT atau ZIP, paling besar 10 MB. Jenisnya dikenali dari isi berkas; data lokasi pada foto dihapus.',
  'lmp.titleField': 'Judul',
  'lmp.titleHint': 'Bila kosong, nama berkas dipakai.',
  'lmp.upload': 'Unggah',
  'lmp.uploaded': 'Berkas dilampirkan.',
  'lmp.linkTitle': 'Tambah tautan',
  'lmp.url': 'Alamat (http:// atau https://)',
  'lmp.addLink': 'Tambah tautan',
  'lmp.linkAdded': 'Tautan ditambahkan.',
  'lmp.audited': 'Setiap penambahan, unduhan dan penghapusan lampiran tercatat di log audit.',
};

export const lmpEn: Record<keyof typeof lmpId, string> = {
  'lmp.title': 'Attachments',
  'lmp.introPermohonan':
    'Files or links with the information provided. The requester downloads them on the tracking page (with the number and tracking code), and the files are sent with the written notice by e-mail.',
  'lmp.introInformasi':
    'This item’s documents. For public information (DIP) anyone can download them from the item’s page on the PPID portal; the documents of exempt information are never shown.',
  'lmp.empty': 'No attachments yet.',
  'lmp.link': 'link',
  'lmp.download': 'Download',
  'lmp.downloaded': 'File downloaded.',
  'lmp.remove': 'Remove',
  'lmp.removeConfirm': 'Remove the attachment "{title}"?',
  'lmp.removed': 'Attachment removed.',
  'lmp.fileTitle': 'Upload a file',
  'lmp.file': 'File',
  'lmp.fileHint':
    'PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS, CSV, TXT or ZIP, at most 10 MB. The type is recognised from the content; location data is removed from photos.',
  'lmp.titleField': 'Title',
  'lmp.titleHint': 'When empty, the file name is used.',
  'lmp.upload': 'Upload',
  'lmp.uploaded': 'File attached.',
  'lmp.linkTitle': 'Add a link',
  'lmp.url': 'Address (http:// or https://)',
  'lmp.addLink': 'Add link',
  'lmp.linkAdded': 'Link added.',
  'lmp.audited': 'Every attachment added, downloaded and removed is recorded in the audit log.',
};
