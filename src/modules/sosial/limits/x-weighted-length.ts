/**
 * The length of a post the way X counts it (docs.x.com "Counting characters", checked 2026-12-07;
 * the weights are those of twitter-text's config v3): text is normalised to NFC; a code point in
 * U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or U+2032–U+2037 weighs 1, every other one 2; an
 * emoji sequence (skin tone, ZWJ family, flag, keycap) weighs 2 however many code points it has;
 * every URL weighs 23 (the t.co link it becomes). Written here instead of depending on
 * `twitter-text` 3.1.0: its last release is from 2020 and it drags in core-js 2 and babel-runtime.
 */
export const xCounting = { maxWeightedLength: 280, transformedUrlLength: 23, defaultWeight: 2 } as const;

const lightRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

// A URL as X detects it well enough for a limit check: with a scheme, or a bare domain with a
// common top-level domain. Trailing sentence punctuation is not part of the link.
const urlPattern =
  /\bhttps?:\/\/[^\s<>"]+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|id|co|io|gov|go\.id|info|biz|me|tv|app|dev|ly)\b(?:\/[^\s<>"]*)?/giu;
const trailingPunctuation = /[.,;:!?)\]'"]+$/u;

// One emoji "character": a pictographic code point with its modifiers, variation selectors and
// ZWJ-joined followers; a regional-indicator pair (flag); a keycap.
const emojiPattern =
  /(?:\p{Regional_Indicator}{2})|(?:[0-9#*]\uFE0F?\u20E3)|(?:\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}])*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*)/gu;

function weightOfCodePoint(cp: number): number {
  for (const [lo, hi] of lightRanges) if (cp >= lo && cp <= hi) return 1;
  return xCounting.defaultWeight;
}

function weightOfPlainText(text: string): number {
  let total = 0;
  let last = 0;
  for (const match of text.matchAll(emojiPattern)) {
    for (const ch of text.slice(last, match.index)) total += weightOfCodePoint(ch.codePointAt(0)!);
    total += xCounting.defaultWeight;
    last = match.index + match[0].length;
  }
  for (const ch of text.slice(last)) total += weightOfCodePoint(ch.codePointAt(0)!);
  return total;
}

/** The URLs X will shorten in this text (for tests and for showing "this link counts as 23"). */
export function findUrls(text: string): string[] {
  return [...text.normalize('NFC').matchAll(urlPattern)].map((m) => m[0].replace(trailingPunctuation, ''));
}

export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const match of normalized.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    total += weightOfPlainText(normalized.slice(last, match.index));
    total += xCounting.transformedUrlLength;
    last = match.index + url.length;
  }
  return total + weightOfPlainText(normalized.slice(last));
}
