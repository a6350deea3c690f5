/**
 * Folding for name look-ups: lower case, ё→е, one kind of dash, apostrophe and space.
 * The matcher folds text the same way before it asks the knowledge base.
 */
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const SPACES = /\s+/g;

/** Anything foldName changes beyond case: ё, dashes, apostrophes, spacing around a hyphen, other spacing. */
const NEEDS_FOLDING = /[ёЁ\u2010-\u2015\u2212\u2018\u2019\u02bc`´]|\s\s|[^\S ]|^ | $| -|- /;

export function foldName(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(DASHES, '-')
    .replace(APOSTROPHES, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** Abbreviations are matched case-sensitively; only spacing and ё are normalized. */
export function normalizeAbbreviation(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е').replace(SPACES, ' ').trim();
}
