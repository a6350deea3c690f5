import type { Page } from 'playwright-core';

// The functions below run their DOM code in the page. It is written as source text because the
// project compiles without the DOM library (library code must not touch a browser).

/** What a highlighted mention says about itself in the DOM. */
export interface MarkInfo {
  start: number;
  end: number;
  kind: string;
  type: string;
  iri: string;
  describedBy: string | null;
  /** Its text (inner marks included). */
  text: string;
}

/** Every mention element of the page, split pieces after the first left out. */
export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(`[...document.querySelectorAll('mark.m:not([data-continued])')].map((m) => ({
    start: Number(m.getAttribute('data-start')),
    end: Number(m.getAttribute('data-end')),
    kind: m.getAttribute('data-kind') ?? '',
    type: m.getAttribute('data-type') ?? '',
    iri: m.getAttribute('data-iri') ?? '',
    describedBy: m.getAttribute('aria-describedby'),
    text: m.textContent ?? '',
  }))`);
}

/** The text of every <script type="application/ld+json"> of the page. */
export function jsonLdTexts(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '')`);
}

/** The focused element's id and class. */
export function activeElement(page: Page): Promise<{ id: string; className: string }> {
  return page.evaluate(`({ id: document.activeElement?.id ?? '', className: document.activeElement?.className ?? '' })`);
}

/** The absolute URLs of the links in a table body (index.html). */
export function tableLinks(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('tbody a')].map((a) => a.href)`);
}

/** Whether the page fits its viewport's width (no horizontal scrolling). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(`document.documentElement.scrollWidth <= document.documentElement.clientWidth`);
}

/** Presses Tab until a mention has focus (at most 80 times); its data, or undefined. */
export async function focusFirstMention(page: Page): Promise<{ iri: string; describedBy: string | null } | undefined> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<{ iri: string; describedBy: string | null } | null>(`(() => {
      const el = document.activeElement;
      return el && el.matches('mark.m') ? { iri: el.getAttribute('data-iri') ?? '', describedBy: el.getAttribute('aria-describedby') } : null;
    })()`);
    if (focused) return focused;
  }
  return undefined;
}

/** The lowest WCAG contrast between a mention's text colour and the background it is drawn on. */
export function lowestMarkContrast(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const rgb = (css) => (css.match(/[\\d.]+/g) ?? []).map(Number);
    const weights = [0.2126, 0.7152, 0.0722];
    const lum = (c) => c.slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * weights[i], 0);
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] > 0) return c;
      }
      return [255, 255, 255];
    };
    const ratios = [...document.querySelectorAll('mark.m')].map((m) => {
      const [a, b] = [lum(rgb(getComputedStyle(m).color)), lum(background(m))].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    });
    return Math.min(...ratios);
  })()`);
}
