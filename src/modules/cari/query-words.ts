/** Longest search text read; anything beyond is cut, so one request cannot build a huge query. */
export const MAX_QUERY_CHARS = 100;
/** At most this many words reach the database. */
export const MAX_QUERY_WORDS = 8;

// The `indonesian` configuration (Snowball stemmer) has no stop-word list on PostgreSQL or PGlite,
// and a custom dictionary would need a file in the server's share folder, which neither the
// embedded server nor PGlite lets Warta add. So the common function words are dropped from the
// query here: they are in every document, and "pelatihan di Kupang" must not require "di".
const stopWords = new Set(
  (
    'ada adalah agar akan antara atas atau bagi bahwa baik bila dalam dan dapat dari demikian dengan di dia hal hanya harus ' +
    'ia ini itu jika juga kami kamu karena ke kepada ketika lagi lain maka masih mereka meski namun oleh pada para per saat ' +
    'sebagai secara sedang sehingga sejak seperti serta setelah suatu sudah tanpa telah tentang tersebut tetapi tidak untuk ' +
    'yaitu yakni yang a an and for in of on or the to with'
  ).split(' '),
);

/** The words of what a visitor typed: NFKC, lower case, letters and digits only, bounded in count and length. */
export function queryWords(input: string): string[] {
  const text = input.normalize('NFKC').slice(0, MAX_QUERY_CHARS).toLowerCase();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)];
  const content = unique.filter((w) => !stopWords.has(w));
  // A query of nothing but function words still searches for them rather than for nothing.
  return (content.length > 0 ? content : unique).slice(0, MAX_QUERY_WORDS);
}
