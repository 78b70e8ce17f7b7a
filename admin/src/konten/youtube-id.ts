/** YouTube addresses people paste: watch?v=, youtu.be/, shorts/, embed/, live/ (with or without www/m). */
export const youtubeUrlPattern =
  /https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:[^\s#]*&)?v=|shorts\/|embed\/|live\/)|youtu\.be\/)([A-Za-z0-9_-]{11})[^\s]*/g;

/** The 11-character video id of a YouTube address, or null when it is not one. */
export function youtubeIdOf(text: string): string | null {
  const match = new RegExp(youtubeUrlPattern.source).exec(text.trim());
  return match?.[1] ?? null;
}
