import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import type { AzParse } from 'az';
import { InputError } from '../errors.js';
import type { Analysis, Morphology } from './types.js';

const MAX_READINGS = 6;
const MAX_CACHE = 50_000;
const CYRILLIC = /[\u0400-\u04ff]/;

let loading: Promise<void> | undefined;

/** Loads the OpenCorpora dictionaries of `az` once per process (about 0.1–0.3 s). */
export function loadMorphology(): Promise<Morphology> {
  loading ??= new Promise<void>((resolve, reject) => {
    const dicts = join(dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
    Az.Morph.init(dicts, (err) => {
      if (err) reject(new InputError(`cannot load the morphology dictionaries from ${dicts}`, 'exporter.morphology.load', { hint: 'reinstall with npm ci' }));
      else resolve();
    });
  });
  return loading.then(() => new AzMorphology());
}

/** az behind the Morphology interface, with a bounded cache of readings per word form. */
class AzMorphology implements Morphology {
  private readonly cache = new Map<string, readonly Analysis[]>();
  private readonly parses = new WeakMap<Analysis, AzParse>();

  analyze(word: string): readonly Analysis[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const readings = CYRILLIC.test(word) ? this.read(word) : [];
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(word, readings);
    return readings;
  }

  inflect(_word: string, reading: Analysis, grammemes: readonly string[]): string | undefined {
    const parse = this.parses.get(reading);
    if (!parse) return undefined;
    const form = parse.inflect([...grammemes]);
    return form ? String(form) : undefined;
  }

  private read(word: string): readonly Analysis[] {
    const out: Analysis[] = [];
    for (const parse of safeMorph(word).slice(0, MAX_READINGS)) {
      const tags = new Set(String(parse.tag).split(/[ ,]+/).filter(Boolean));
      const analysis: Analysis = {
        lemma: lemmaOf(parse, word),
        pos: typeof parse.tag.POST === 'string' ? parse.tag.POST : undefined,
        tags,
        score: parse.score,
        known: parse.parser === 'Dictionary',
      };
      this.parses.set(analysis, parse);
      out.push(analysis);
    }
    return Object.freeze(out);
  }
}

/** az throws on a few odd inputs; a word it cannot read simply has no readings. */
function safeMorph(word: string): AzParse[] {
  try {
    return Az.Morph(word);
  } catch {
    return [];
  }
}

/**
 * The dictionary form. A reading's string form is the whole word (az keeps prefixes and the
 * parts of hyphenated words out of `.word`: «Поп-звезда» → `звезда` there).
 */
function lemmaOf(parse: AzParse, word: string): string {
  try {
    const text = String(parse.normalize() ?? '');
    return (text || word).toLowerCase();
  } catch {
    return word.toLowerCase();
  }
}
