import type { ThingCategory } from './thing-category.js';

/** Text colour of the whole page, highlighted text included. */
export const TEXT_COLOR = '#1a1a1a';
export const PAGE_BACKGROUND = '#ffffff';
/** Secondary text (metadata, counts, types). */
export const MUTED_COLOR = '#4a5160';
export const LINK_COLOR = '#1746a2';
export const FOCUS_COLOR = '#1746a2';

/** The colours of one category: background of names, lighter background of descriptions and pronouns, underline. */
export interface CategoryColors {
  readonly name: string;
  readonly light: string;
  readonly line: string;
}

/**
 * One hue per category. Backgrounds are pale so that TEXT_COLOR keeps a contrast far above 4.5:1 on
 * each (a unit test computes it); names get the stronger tint and a solid underline, descriptions and
 * pronouns the paler one and a dotted underline, quotes a dashed one.
 */
export const CATEGORY_COLORS: Readonly<Record<ThingCategory, CategoryColors>> = {
  person: { name: '#dbe8fe', light: '#f0f6ff', line: '#1d4ed8' },
  country: { name: '#d3f5e4', light: '#effcf5', line: '#047857' },
  place: { name: '#e2f7c8', light: '#f5fce9', line: '#4d7c0f' },
  organization: { name: '#fdefc3', light: '#fff9e8', line: '#b45309' },
  event: { name: '#ebe4fe', light: '#f6f3ff', line: '#6d28d9' },
  work: { name: '#e6e7eb', light: '#f4f5f7', line: '#4b5563' },
  quote: { name: '#fcebf4', light: '#fdf5fa', line: '#9d174d' },
  figure: { name: '#ffe0e4', light: '#fff1f3', line: '#be123c' },
  date: { name: '#cdf5fb', light: '#ebfcfe', line: '#0e7490' },
  thing: { name: '#eeeff2', light: '#f7f8f9', line: '#374151' },
};

function categoryRules(): string {
  return Object.entries(CATEGORY_COLORS)
    .map(([category, c]) =>
      [
        `.c-${category}{--bg:${c.name};--bg-light:${c.light};--line:${c.line}}`,
        `.swatch.c-${category},.tip-type.c-${category}{background:${c.name};border-color:${c.line}}`,
      ].join('\n'),
    )
    .join('\n');
}

const BASE_RULES = `
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light;-webkit-text-size-adjust:100%}
body{margin:0;background:${PAGE_BACKGROUND};color:${TEXT_COLOR};font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;overflow-wrap:break-word}
a{color:${LINK_COLOR}}
a:focus-visible,mark.m:focus-visible,[tabindex="-1"]:focus-visible{outline:3px solid ${FOCUS_COLOR};outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-4rem;z-index:30;background:${PAGE_BACKGROUND};padding:.5rem .75rem;border:2px solid ${FOCUS_COLOR};border-radius:4px}
.skip:focus{top:.5rem}
.wrap{max-width:78rem;margin:0 auto;padding:0 1rem}
header.page-header{border-bottom:1px solid #d6d9de;padding-top:1.25rem;padding-bottom:.75rem}
.kicker{margin:0;color:${MUTED_COLOR};font-size:.875rem;text-transform:uppercase;letter-spacing:.04em}
h1{font-size:clamp(1.45rem,1.1rem + 1.6vw,2.2rem);line-height:1.25;margin:.25rem 0 .5rem}
.meta{margin:0;color:${MUTED_COLOR};font-size:.95rem}
nav.sections ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:.6rem 0}
nav.sections a{display:inline-block;padding:.2rem 0}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem 2.5rem;padding-top:.5rem;padding-bottom:2rem}
@media (min-width:64rem){.layout{grid-template-columns:minmax(0,44rem) minmax(0,1fr)}}
.lead{font-weight:600;font-size:1.1rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem .9rem;padding:.6rem .75rem;margin:0 0 1.25rem;border:1px solid #d6d9de;border-radius:6px;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;border:2px solid;flex:none}
.article-text p{margin:0 0 1em}
.article-text p.source-line{font-size:.875rem;color:${MUTED_COLOR};border-left:3px solid #d6d9de;padding-left:.6rem}
mark.m{color:${TEXT_COLOR};background:var(--bg);border-bottom:2px solid var(--line);border-radius:2px;padding:.05em 0;cursor:help}
mark.m.light{background:var(--bg-light);border-bottom-style:dotted}
mark.m.k-quote{border-bottom-style:dashed}
mark.m:hover{box-shadow:0 0 0 2px var(--line)}
.speaker{display:block;font-size:.85rem;font-weight:600;color:#7a1340;margin-bottom:.1rem}
.tip{position:absolute;z-index:20;width:max-content;max-width:min(22rem,calc(100vw - 1rem));background:${PAGE_BACKGROUND};color:${TEXT_COLOR};border:1px solid #6b7280;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);padding:.5rem .75rem;font-size:.92rem;line-height:1.45}
.tip[hidden]{display:none}
.tip-title{display:block;font-weight:700}
.tip-type{display:inline-block;font-size:.8rem;border:1px solid;border-radius:3px;padding:0 .35rem;margin:.15rem 0}
.tip-line{display:block}
aside.panels h2{font-size:1.2rem;margin:1.25rem 0 .4rem;display:flex;align-items:center;gap:.45rem}
aside.panels h2:first-child{margin-top:0}
aside.panels h3{font-size:1rem;margin:.75rem 0 .25rem}
aside.panels ul{list-style:none;margin:0;padding:0}
aside.panels li{padding:.35rem 0;border-bottom:1px solid #eceef1}
.count{color:${MUTED_COLOR};font-weight:400;font-size:.9rem}
.detail{display:block;color:${MUTED_COLOR};font-size:.92rem}
blockquote{margin:.1rem 0;padding-left:.6rem;border-left:3px solid #9d174d}
.figure-value{font-weight:700}
footer.page-footer{border-top:1px solid #d6d9de;color:${MUTED_COLOR};font-size:.875rem;padding:1rem 0 2rem}
@media (max-width:30rem){body{font-size:1rem}.wrap{padding:0 .75rem}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
`;

/** The page's whole style sheet, inline in <style>. */
export function pageStyle(): string {
  return `${BASE_RULES.trim()}\n${categoryRules()}`;
}
