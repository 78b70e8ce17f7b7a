/*
 * WCAG 2.2 contrast (1.4.3, AA: 4.5:1 for normal text) of the accent colour, and the darkest-needed
 * adjustment that reaches it while keeping the chosen hue and saturation.
 */

/** AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

/**
 * What the accent is paired with on the public site (`site.css`): it is the background of the
 * header and of the form buttons, under white text and the header's light small text (#e1ebf5).
 * The accent must reach AA against each of them; the menu bar uses a darker shade, so it does too.
 */
export const ACCENT_PAIRS = ['#ffffff', '#e1ebf5'] as const;

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance of an sRGB colour (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHsl([r, g, b]: Rgb): Rgb {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return [h * 60, s, l];
}

function fromHsl([h, s, l]: Rgb): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}

const worstRatio = (hex: string, against: readonly string[]) => Math.min(...against.map((other) => contrastRatio(hex, other)));

export type AccentResult = {
  /** The colour as chosen. */
  chosen: string;
  /** The colour the site uses: the chosen one when it already passes, else a darker one of the same hue. */
  used: string;
  /** The lowest contrast of `used` against the colours it is paired with. */
  ratio: number;
  /** The lowest contrast of the chosen colour; below MIN_CONTRAST when it had to be darkened. */
  chosenRatio: number;
  adjusted: boolean;
};

/**
 * Holds an accent colour to AA: when it is too light against any paired colour, its HSL lightness
 * is lowered (hue and saturation kept) to the lightest value that passes. Every sRGB channel grows
 * with HSL lightness, so luminance does too and a bisection finds that value.
 */
export function adjustAccent(chosen: string, against: readonly string[] = ACCENT_PAIRS): AccentResult {
  const hex = chosen.toLowerCase();
  const chosenRatio = worstRatio(hex, against);
  if (chosenRatio >= MIN_CONTRAST) return { chosen: hex, used: hex, ratio: chosenRatio, chosenRatio, adjusted: false };
  const [h, s, l] = toHsl(toRgb(hex));
  let lo = 0;
  let hi = l;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (worstRatio(toHex(fromHsl([h, s, mid])), against) >= MIN_CONTRAST) lo = mid;
    else hi = mid;
  }
  // Rounding to whole channels can land just under the line: step down until it holds (black always does).
  let used = toHex(fromHsl([h, s, lo]));
  for (let step = lo; worstRatio(used, against) < MIN_CONTRAST && step > 0; step = Math.max(0, step - 0.002)) used = toHex(fromHsl([h, s, step]));
  return { chosen: hex, used, ratio: worstRatio(used, against), chosenRatio, adjusted: true };
}

/** A darker shade for the menu bar below the header (white text there too): 25 % towards black. */
export function darker(hex: string): string {
  return toHex(toRgb(hex).map((v) => v * 0.75) as Rgb);
}
