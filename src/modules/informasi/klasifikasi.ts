/** Classes of public information (UU 14/2008 Pasal 9, 10, 11 and 17); the first three form the DIP. */
export const klasifikasiList = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type Klasifikasi = (typeof klasifikasiList)[number];
export const dipKlasifikasi = ['berkala', 'serta_merta', 'setiap_saat'] as const satisfies readonly Klasifikasi[];

/** Whether the information exists as a digital file, on paper, or both. */
export const bentukList = ['softcopy', 'hardcopy', 'keduanya'] as const;
export type Bentuk = (typeof bentukList)[number];

/** The exemption grounds of UU 14/2008 Pasal 17, by letter. */
export const pasal17Letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Pasal17Huruf = (typeof pasal17Letters)[number];

// Short statements of each ground, so the DIK can say why without the reader opening the law.
export const pasal17Text: Record<Pasal17Huruf, { id: string; en: string }> = {
  a: {
    id: 'Informasi yang apabila dibuka dapat menghambat proses penegakan hukum.',
    en: 'Information whose disclosure could obstruct law enforcement.',
  },
  b: {
    id: 'Informasi yang apabila dibuka dapat mengganggu perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat.',
    en: 'Information whose disclosure could harm intellectual property protection or protection from unfair business competition.',
  },
  c: {
    id: 'Informasi yang apabila dibuka dapat membahayakan pertahanan dan keamanan negara.',
    en: 'Information whose disclosure could endanger national defence and security.',
  },
  d: {
    id: 'Informasi yang apabila dibuka dapat mengungkapkan kekayaan alam Indonesia.',
    en: 'Information whose disclosure could reveal Indonesia’s natural resources.',
  },
  e: {
    id: 'Informasi yang apabila dibuka dapat merugikan ketahanan ekonomi nasional.',
    en: 'Information whose disclosure could harm national economic resilience.',
  },
  f: {
    id: 'Informasi yang apabila dibuka dapat merugikan kepentingan hubungan luar negeri.',
    en: 'Information whose disclosure could harm foreign relations.',
  },
  g: {
    id: 'Informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang.',
    en: 'Information whose disclosure could reveal a private authentic deed or a person’s last will.',
  },
  h: { id: 'Informasi yang apabila dibuka dapat mengungkap rahasia pribadi.', en: 'Information whose disclosure could reveal personal secrets.' },
  i: {
    id: 'Memorandum atau surat antar atau intra Badan Publik yang menurut sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan.',
    en: 'Memoranda or letters between or within public bodies that are confidential by nature, unless the Information Commission or a court decides otherwise.',
  },
  j: { id: 'Informasi yang tidak boleh diungkapkan berdasarkan undang-undang.', en: 'Information that a statute forbids disclosing.' },
};
