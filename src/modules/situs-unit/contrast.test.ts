import { describe, expect, it } from 'vitest';
import { ACCENT_PAIRS, adjustAccent, contrastRatio, darker, luminance, MIN_CONTRAST } from './contrast.ts';

describe('accent contrast (WCAG 2.2)', () => {
  it('computes luminance and ratios as the definition gives them', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    // #777777: channel 119/255 = 0.46667 → ((0.46667 + 0.055) / 1.055)^2.4 = 0.18447; (1.05) / (0.23447) = 4.478.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
  });

  it('darkens pure yellow on white to #7a7a00 (hand-computed: 4.554:1; #7b7b00 would give 4.491:1)', () => {
    // Yellow keeps hue 60° and full saturation: (2L, 2L, 0). For 4.5:1 against white the luminance
    // must be ≤ 1.05 / 4.5 − 0.05 = 0.18333, i.e. 0.9278 × lin(c) ≤ 0.18333, lin(c) ≤ 0.19760, c ≤ 122.9.
    const result = adjustAccent('#FFFF00', ['#ffffff']);
    expect(result.used).toBe('#7a7a00');
    expect(result.adjusted).toBe(true);
    expect(result.chosenRatio).toBeCloseTo(1.074, 3);
    expect(result.ratio).toBeCloseTo(4.554, 3);
    expect(contrastRatio('#7b7b00', '#ffffff')).toBeLessThan(MIN_CONTRAST);
  });

  it('holds yellow to 4.5:1 against every colour the header puts on it, the lightest passing shade', () => {
    const result = adjustAccent('#ffff00');
    for (const text of ACCENT_PAIRS) expect(contrastRatio(result.used, text)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(result.used).toBe('#6d6d00');
    // One step lighter fails against the header's small text (#e1ebf5).
    expect(contrastRatio('#6e6e00', '#e1ebf5')).toBeLessThan(MIN_CONTRAST);
  });

  it('keeps a colour that already passes, and darkens white to a grey that passes', () => {
    expect(adjustAccent('#0B3D6B')).toMatchObject({ used: '#0b3d6b', adjusted: false });
    const white = adjustAccent('#ffffff');
    expect(white.used).toMatch(/^#([0-9a-f]{2})\1\1$/);
    expect(white.ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('gives the menu bar a darker shade, so white text passes there too', () => {
    const used = adjustAccent('#1a73e8').used;
    expect(contrastRatio(darker(used), '#ffffff')).toBeGreaterThan(contrastRatio(used, '#ffffff'));
  });
});
