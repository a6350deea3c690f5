/**
 * Keys under which a word is looked up in the gazetteer. A word matches a name word when they
 * share a key: the folded form (`f:москве`), the folded lemma, or a crude stem (`s:москв`) that
 * strips one inflectional ending, so «Тяньцзине» finds «Тяньцзинь» where the morphology guesses
 * the lemma wrong. Stems shorter than MIN_STEM letters are not used (Мали must not match Малой).
 */
const ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ией', 'иям', 'иях',
  'ия', 'ии', 'ию', 'ая', 'яя', 'ое', 'ее', 'ой', 'ей', 'ый', 'ий', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ые', 'ие',
  'ом', 'ем', 'ам', 'ям', 'ах', 'ях',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й',
] as const;
const BY_LENGTH: readonly (readonly [number, ReadonlySet<string>])[] = [3, 2, 1].map((n) => [n, new Set<string>(ENDINGS.filter((e) => e.length === n))] as const);
const NEEDS_FOLDING = /[ёЁ\u2010-\u2015\u2212\u2018\u2019\u02bc`´]/;

export const MIN_STEM = 4;

/** Lower case, ё → е, one kind of dash and apostrophe. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NEEDS_FOLDING.test(word)) return lower;
  return lower.replace(/ё/g, 'е').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

/** The folded word without its last inflectional ending (the longest that leaves 3 letters). */
export function stemWord(folded: string): string {
  for (const [n, endings] of BY_LENGTH) {
    if (folded.length - n < 3) continue;
    if (endings.has(folded.slice(-n))) return folded.slice(0, -n);
  }
  return folded;
}

/**
 * Adjectives with stems too short for a stem key (Южная, Новая, Малая: южн-, нов-, мал-) get an
 * adjective key (`a:южн`) that only adjective forms of the text share (Южной, Новую, Малой), so
 * Мали still does not match Малой. As the knowledge base writes them (nominative), and in any case.
 */
const SHORT_ADJECTIVE_NOMINATIVE = /^(\p{L}{3})(ая|яя|ое|ее|ий|ый|ой|ые|ие)$/u;
const SHORT_ADJECTIVE_ANY_CASE = /^(\p{L}{3})(ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ий|ый|ой|ей|ую|юю|ые|ие|ых|их|ым|им|ом|ем)$/u;

/** Keys of a name word as the knowledge base writes it (nominative). */
export function nameWordKeys(word: string): string[] {
  const folded = foldWord(word);
  const keys = [`f:${folded}`];
  const stem = stemWord(folded);
  if (stem.length >= MIN_STEM) keys.push(`s:${stem}`);
  const adjective = folded.match(SHORT_ADJECTIVE_NOMINATIVE);
  if (adjective) keys.push(`a:${adjective[1]}`);
  return keys;
}

/** Keys of a word of the text: its folded form and lemmas, and their stems. */
export function textWordKeys(surface: string, lemmas: readonly string[]): string[] {
  const keys = new Set<string>();
  const short = foldWord(surface).match(/^(\p{L}{2,3})(а|я|у|ю|е|ы|и|ом|ем)$/u);
  if (short && lemmas.length === 0) keys.add(`f:${short[1]}`); // Ына → Ын (Ким Чен Ын), words the morphology has no reading for
  for (const form of [foldWord(surface), ...lemmas.map(foldWord)]) {
    keys.add(`f:${form}`);
    const stem = stemWord(form);
    if (stem.length >= MIN_STEM) keys.add(`s:${stem}`);
    const adjective = form.match(SHORT_ADJECTIVE_ANY_CASE);
    if (adjective) keys.add(`a:${adjective[1]}`);
  }
  return [...keys];
}
