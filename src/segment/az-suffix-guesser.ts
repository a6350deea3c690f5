import type { Dawg } from './az-lookup.js';

/** What az's suffix guesser reads of a parse it makes (az's DictionaryParse). */
interface SuffixParse {
  score: number;
  tag: { isProductive(): unknown; isCapitalized(): unknown };
}
export type DictionaryParseClass = new (word: string, paradigm: number, form: number) => SuffixParse;
interface MorphConfig {
  ignoreCase?: boolean;
  replacements?: Record<string, string>;
}
export type Parser = (word: string, config: MorphConfig) => SuffixParse[];

/** The prefixes az's suffix guesser strips (its `prefixes`), one automaton each. */
const SUFFIX_PREFIXES = ['', 'по', 'наи'];
/** az's weights of a guess by the length of the ending it matched. */
const ENDING_WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

/** az's suffix automata (prediction-suffixes-N.dawg), by N, as az loads them. */
const suffixDawgs: Dawg[] = [];
const SUFFIX_DAWG = /prediction-suffixes-(\d)\.dawg$/;

/** Notes a file az loaded: the guesser reads the suffix automata. */
export function noteLoadedDawg(url: string, dawg: Dawg): void {
  const n = SUFFIX_DAWG.exec(url)?.[1];
  if (n !== undefined) suffixDawgs[Number(n)] = dawg;
}

/** Whether every suffix automaton the guesser reads was loaded. */
export function suffixDawgsLoaded(): boolean {
  return suffixDawgs.length === SUFFIX_PREFIXES.length && suffixDawgs.every(Boolean);
}

/**
 * az's guesser for words its dictionary lacks (Morph.Parsers.SuffixKnown), the same steps in the
 * same order, with one change: the guesses already made are remembered in a Set, not as the keys
 * of a plain object (whose look-ups and insertions of new string keys took 30 % of az's time on an
 * unknown word). The key is az's own: the guessed form, paradigm and form number.
 */
export function suffixKnown(DictionaryParse: DictionaryParseClass): Parser {
  return (word, config) => {
    if (word.length < 4) return [];
    const isCapitalized = !config.ignoreCase && word[0]!.toLocaleLowerCase() !== word[0] && word.substring(1).toLocaleUpperCase() !== word.substring(1);
    word = word.toLocaleLowerCase();
    let parses: SuffixParse[] = [];
    let minLength = 1;
    const used = new Set<string>();
    for (let i = 0; i < SUFFIX_PREFIXES.length; i++) {
      const prefix = SUFFIX_PREFIXES[i]!;
      if (prefix.length && !word.startsWith(prefix)) continue;
      const base = word.substring(prefix.length);
      for (let length = 5; length >= minLength; length--) {
        if (length >= base.length) continue;
        const left = base.substring(0, base.length - length);
        const entries = suffixDawgs[i]!.findAll(base.substring(base.length - length), config.replacements, 0, 0) as [string, [number, number, number][]][];
        const found: SuffixParse[] = [];
        let max = 1;
        for (const [suffix, stats] of entries) {
          const guessed = prefix + left + suffix;
          for (const [score, paradigm, form] of stats) {
            const parse = new DictionaryParse(guessed, paradigm, form);
            if (!parse.tag.isProductive()) continue;
            if (!config.ignoreCase && parse.tag.isCapitalized() && !isCapitalized) continue;
            const key = `${guessed}:${paradigm}:${form}`;
            if (used.has(key)) continue;
            max = Math.max(max, score);
            parse.score = score * ENDING_WEIGHTS[length]!;
            found.push(parse);
            used.add(key);
          }
        }
        if (found.length > 0) {
          for (const parse of found) parse.score /= max;
          parses = parses.concat(found);
          minLength = Math.max(length - 1, 1);
        }
      }
    }
    return parses;
  };
}
