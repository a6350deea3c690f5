import type { KbEntry } from './entry.js';
import { foldName, normalizeAbbreviation } from './fold.js';
import { roleHeldOn } from './role-dates.js';

type Index = Map<string, KbEntry[]>;

function addTo(index: Index, key: string, entry: KbEntry): void {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

const NONE: readonly KbEntry[] = Object.freeze([]);

/**
 * The knowledge base in memory: entries by id and the look-ups the extractor needs.
 * Pure and synchronous; building the indexes is one pass over the entries (no morphology:
 * callers lemmatize or inflect before they ask).
 */
export class KnowledgeBase {
  readonly #byId = new Map<string, KbEntry>();
  readonly #byName: Index = new Map();
  readonly #byAbbreviation: Index = new Map();
  readonly #byAdjective: Index = new Map();
  readonly #byLatinName: Index = new Map();
  readonly #byRoleTitle: Index = new Map();

  /**
   * A hash of the files the entries were read from, when they are exactly the shipped knowledge
   * base (no --kb files): indexes derived from those files (kb/derived/) name it.
   */
  readonly sourceHash: string | undefined;

  constructor(entries: Iterable<KbEntry>, options: { sourceHash?: string } = {}) {
    for (const entry of entries) this.#index(entry);
    this.sourceHash = options.sourceHash;
  }

  #index(entry: KbEntry): void {
    this.#byId.set(entry.id, entry);
    for (const name of [entry.name, ...entry.aliases]) addTo(this.#byName, foldName(name), entry);
    for (const abbreviation of entry.abbreviations) addTo(this.#byAbbreviation, normalizeAbbreviation(abbreviation), entry);
    for (const adjective of entry.adjectives) addTo(this.#byAdjective, foldName(adjective), entry);
    for (const latin of entry.latinNames) addTo(this.#byLatinName, foldName(latin), entry);
    for (const role of entry.roles) addTo(this.#byRoleTitle, foldName(role.title), entry);
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): KbEntry | undefined {
    return this.#byId.get(id);
  }

  entries(): IterableIterator<KbEntry> {
    return this.#byId.values();
  }

  /** Entries whose name or an alias folds to the text (case, ё, dashes ignored): «Китайская Народная Республика». */
  findByName(text: string): readonly KbEntry[] {
    return this.#byName.get(foldName(text)) ?? NONE;
  }

  /** Entries with this abbreviation, case-sensitive: «КНР», «МИД». */
  findByAbbreviation(text: string): readonly KbEntry[] {
    return this.#byAbbreviation.get(normalizeAbbreviation(text)) ?? NONE;
  }

  /** Entries with this adjective in the masculine nominative singular: «китайский». */
  findByAdjective(adjective: string): readonly KbEntry[] {
    return this.#byAdjective.get(foldName(adjective)) ?? NONE;
  }

  /** Entries with this Latin-script name, case-insensitive: «Reuters». */
  findByLatinName(text: string): readonly KbEntry[] {
    return this.#byLatinName.get(foldName(text)) ?? NONE;
  }

  /** Every folded name, alias and Latin name with its entries, for building a matcher. */
  names(): ReadonlyMap<string, readonly KbEntry[]> {
    return this.#byName;
  }

  /**
   * The people who held a role on a date: rolesAt('президент', 'Q159', '2016-05-07').
   * `title` is compared folded; `of` is the id of the country or organization, or omitted for any;
   * `date` is a partial ISO date.
   */
  rolesAt(title: string, of: string | undefined, date: string): KbEntry[] {
    const holders = this.#byRoleTitle.get(foldName(title)) ?? NONE;
    const wanted = foldName(title);
    return holders.filter((person) =>
      person.roles.some(
        (role) => foldName(role.title) === wanted && (of === undefined || role.of === of) && roleHeldOn(role, date),
      ),
    );
  }
}
