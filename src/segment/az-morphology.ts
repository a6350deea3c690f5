import Az from 'az';
import type { AzLoad, AzParse } from 'az';
import { InputError } from '../errors.js';
import { installAzFastPaths, watchAzLoading } from './az-fast-paths.js';
import { BoundedCache } from './bounded-cache.js';
import { morphologyDictionaryDir, sharedBufferFor, type MorphologyBuffers } from './morphology-files.js';
import type { Analysis, Morphology } from './types.js';

const MAX_READINGS = 6;
/**
 * Word forms whose readings are kept (per process or worker): about 0.7 KB each. The cache keeps
 * the recently used half when it fills, so a long run keeps its frequent words.
 */
export const MAX_CACHE = 20_000;
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * Tokens no dictionary word looks like, which az's repairs of stutter make explode (о × 60 has
 * 113,168 parses and takes 0.3 s, а × 400 eight seconds): longer than 64 characters, one letter
 * four times in a row, or more than six hyphens. They get no readings. (The corpora's longest
 * words have 34 letters, three equal letters in a row (ООО, СССР) and four hyphens.)
 */
const NOT_A_WORD = /^.{65,}$|(\p{L})\1{3}|(?:[-‐][^-‐]*){7}/isu;
const NO_READINGS: readonly Analysis[] = Object.freeze([]);

let loading: Promise<void> | undefined;

/**
 * Loads the OpenCorpora dictionaries of `az` once per process (about 0.1–0.2 s). A worker is given
 * the binary dictionaries its run read into shared memory, so the threads hold one copy of them.
 */
export function loadMorphology(buffers?: MorphologyBuffers): Promise<Morphology> {
  loading ??= new Promise<void>((resolve, reject) => {
    const dicts = morphologyDictionaryDir();
    Az.load = loaderFor(Az.load, buffers);
    watchAzLoading();
    Az.Morph.init(dicts, (err) => {
      if (err) reject(new InputError(`cannot load the morphology dictionaries from ${dicts}`, 'exporter.morphology.load', { hint: 'reinstall with npm ci' }));
      else {
        try {
          installAzFastPaths();
        } catch {
          // az changed shape: it runs as it is, only slower
        }
        resolve();
      }
    });
  });
  return loading.then(() => new AzMorphology());
}

const EXTERNAL_TAGS = /gramtab-opencorpora-ext\.json$/;
const INTERNAL_TAGS = 'gramtab-opencorpora-int.json';

/**
 * az's file loader, changed in two ways. The shared dictionaries are served from memory (after a
 * tick, as a read would be: az counts its pending files). And az builds every one of its 4,880
 * tags twice, in OpenCorpora's Latin notation and again in its Russian one (`tag.ext`, used only by
 * az's debug printing), then deep-freezes both: the Russian copy cost 4.5 MB of heap per thread
 * (its own tree of V8 hidden classes) and a fifth of loading the morphology. It is served a table
 * of empty tags of the same length: `tag.ext` is an empty tag.
 */
function loaderFor(load: AzLoad, buffers: MorphologyBuffers | undefined): AzLoad {
  return (url, responseType, callback) => {
    const shared = responseType === 'arraybuffer' ? sharedBufferFor(buffers, url) : undefined;
    if (shared) process.nextTick(callback, null, shared);
    else if (EXTERNAL_TAGS.test(url)) load(url.replace(EXTERNAL_TAGS, INTERNAL_TAGS), responseType, (err, table) => callback(err, emptyTags(table)));
    else load(url, responseType, callback);
  };
}

/** As many empty tags as the table has. */
function emptyTags(table: unknown): unknown {
  return Array.isArray(table) ? table.map(() => '') : table;
}

/** What a reading takes from its az tag; az shares one tag object among all words with that tag. */
interface TagFacts {
  readonly pos: string | undefined;
  readonly tags: ReadonlySet<string>;
}

const TAG_FACTS = new WeakMap<object, TagFacts>();

function tagFacts(parse: AzParse): TagFacts {
  const tag = parse.tag as unknown as object;
  let facts = TAG_FACTS.get(tag);
  if (!facts) {
    const pos = typeof parse.tag.POST === 'string' ? parse.tag.POST : undefined;
    facts = { pos, tags: new Set(String(parse.tag).split(/[ ,]+/).filter(Boolean)) };
    TAG_FACTS.set(tag, facts);
  }
  return facts;
}

/**
 * One az reading. It keeps the word and its place among the word's kept parses (see keptParses),
 * not the parse itself (a third of a cached word's memory): inflecting takes the parse from the
 * recently read words or parses the word again, and inflections are cached.
 */
class AzReading implements Analysis {
  readonly lemma: string;
  readonly pos: string | undefined;
  readonly tags: ReadonlySet<string>;
  readonly score: number;
  readonly known: boolean;
  readonly #word: string;
  readonly #index: number;

  constructor(parse: AzParse, word: string, index: number, earlier: readonly Analysis[]) {
    const facts = tagFacts(parse);
    const lemma = lemmaOf(parse, word);
    this.lemma = earlier.find((r) => r.lemma === lemma)?.lemma ?? lemma; // one string for a word's readings of one lemma
    this.pos = facts.pos;
    this.tags = facts.tags;
    this.score = parse.score;
    this.known = parse.parser === 'Dictionary';
    this.#word = word;
    this.#index = index;
  }

  static inflect(reading: Analysis, grammemes: readonly string[]): string | undefined {
    if (!(reading instanceof AzReading)) return undefined;
    const key = `${reading.#word}\u0000${reading.#index}\u0000${grammemes.join(',')}`;
    let form = INFLECTIONS.get(key);
    if (form === undefined) {
      const parse = keptParses(reading.#word)[reading.#index];
      const inflected = parse?.inflect([...grammemes]);
      form = inflected ? String(inflected) : null;
      INFLECTIONS.set(key, form);
    }
    return form ?? undefined;
  }
}

/** Inflected forms by word, reading and grammemes (names repeat: a few thousand cover a corpus). */
const INFLECTIONS = new BoundedCache<string, string | null>(10_000);

/**
 * The parses behind the readings of recently read words: a word is mostly inflected in the article
 * that read it, so it is not parsed a second time (a cached word keeps no parses, see AzReading).
 */
const RECENT_PARSES = new BoundedCache<string, readonly AzParse[]>(1_000);

/** az behind the Morphology interface, with a bounded cache of readings per word form. */
class AzMorphology implements Morphology {
  private readonly cache = new BoundedCache<string, readonly Analysis[]>(MAX_CACHE);

  analyze(word: string): readonly Analysis[] {
    let readings = this.cache.get(word);
    if (readings === undefined) {
      readings = CYRILLIC.test(word) && !NOT_A_WORD.test(word) ? read(cyrillicLookalikes(word)) : NO_READINGS;
      this.cache.set(word, readings);
    }
    return readings;
  }

  inflect(_word: string, reading: Analysis, grammemes: readonly string[]): string | undefined {
    return AzReading.inflect(reading, grammemes);
  }
}

/** Latin letters that look Cyrillic, as typed by mistake inside Russian words (Cолист with a Latin C). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', M: 'М', O: 'О', o: 'о', P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', y: 'у',
};
const LATIN_LETTER = /[A-Za-z]/;

/** A Cyrillic word with Latin look-alike letters in it, spelled in Cyrillic; any other word as it is. */
export function cyrillicLookalikes(word: string): string {
  if (!LATIN_LETTER.test(word)) return word;
  let out = '';
  for (const ch of word) {
    const cyrillic = LOOKALIKES[ch];
    if (cyrillic === undefined && LATIN_LETTER.test(ch)) return word;
    out += cyrillic ?? ch;
  }
  return out;
}

function read(word: string): readonly Analysis[] {
  const parses = keptParses(word);
  if (parses.length === 0) return NO_READINGS;
  const out: Analysis[] = [];
  for (let i = 0; i < parses.length; i++) out.push(new AzReading(parses[i]!, word, i, out));
  return Object.freeze(out);
}

/**
 * The parses a word's readings are made of, best first. A parse that repairs stutter reads another
 * word (Маррокко as Марокко, Аллла as Алла): news text does not stutter, so such parses are dropped
 * (and a reading's index counts the kept parses only).
 */
function keptParses(word: string): readonly AzParse[] {
  let parses = RECENT_PARSES.get(word);
  if (parses === undefined) {
    parses = safeMorph(word).filter((p) => !p.stutterCnt && !p.typosCnt).slice(0, MAX_READINGS);
    RECENT_PARSES.set(word, parses);
  }
  return parses;
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
