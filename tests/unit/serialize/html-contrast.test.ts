import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, LINK_COLOR, MUTED_COLOR, PAGE_BACKGROUND, TEXT_COLOR } from '../../../src/serialize/page/page-style.js';

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the page palette', () => {
  it('keeps highlighted text at 4.5:1 or more on every highlight background', () => {
    for (const [category, c] of Object.entries(CATEGORY_COLORS)) {
      expect(contrast(TEXT_COLOR, c.name), `${category} name`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(TEXT_COLOR, c.light), `${category} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.line, c.name), `${category} underline`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps body, secondary and link text at 4.5:1 or more on the page', () => {
    for (const color of [TEXT_COLOR, MUTED_COLOR, LINK_COLOR]) expect(contrast(color, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
