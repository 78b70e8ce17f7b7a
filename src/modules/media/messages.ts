/** Messages of the media library: upload refusals and the conditions for publishing media. */
export const mediaMessages = {
  id: {
    'media.type_refused':
      'Jenis berkas tidak diterima atau isinya tidak sesuai dengan jenisnya. Yang diterima: foto JPEG, PNG, WebP, HEIC/HEIF, GIF; video MP4, MOV, WebM; dokumen PDF, DOCX, XLSX, PPTX, ODT, ODS (dikenali dari isinya, bukan dari nama berkas).',
    'media.too_large': 'Berkas terlalu besar: untuk jenis ini paling besar {mb} MB (batas diatur admin).',
    'media.unit_required': 'Pilih unit kerja pemilik berkas.',
    'media.length_required': 'Ukuran berkas harus diketahui sejak awal unggahan.',
    'media.tag_invalid': 'Tag hanya berisi huruf, angka, spasi, garis bawah atau tanda hubung, paling panjang 40 karakter.',
    'media.in_use': 'Media ini masih dipakai. Lepaskan dulu dari setiap konten yang memakainya (lihat "Dipakai di"), lalu hapus.',
    'media.unknown': 'Media tidak ditemukan di instansi ini.',
    'media.not_ready': 'Media masih diproses. Tunggu sebentar lalu coba lagi.',
    'media.failed': 'Berkas media ini rusak atau tidak dapat dibaca, sehingga tidak dapat dipakai. Unggah ulang berkas aslinya.',
    'media.alt_required': 'Foto belum memiliki teks alternatif. Isi teks alternatif (apa yang tampak di foto) sebelum diterbitkan.',
  },
  en: {
    'media.type_refused':
      'This file type is not accepted or its content does not match its type. Accepted: JPEG, PNG, WebP, HEIC/HEIF and GIF photos; MP4, MOV and WebM videos; PDF, DOCX, XLSX, PPTX, ODT and ODS documents (recognised by content, not by name).',
    'media.too_large': 'The file is too large: at most {mb} MB for this kind (the limit is set by the admin).',
    'media.unit_required': 'Choose the unit the file belongs to.',
    'media.length_required': 'The file size must be known when the upload starts.',
    'media.tag_invalid': 'A tag holds only letters, digits, spaces, underscores or hyphens, at most 40 characters.',
    'media.in_use': 'This media item is still in use. Remove it from every item that uses it first (see "Used in"), then delete it.',
    'media.unknown': 'Media item not found in this agency.',
    'media.not_ready': 'The media item is still being processed. Wait a moment and try again.',
    'media.failed': 'This media file is damaged or unreadable and cannot be used. Upload the original again.',
    'media.alt_required': 'The photo has no alternative text yet. Describe what it shows before it is published.',
  },
} as const;
