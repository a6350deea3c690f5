import type { Span } from '../../extract/types.js';
import type { Entity } from '../../model/entity.js';
import type { EntityId } from '../../model/ids.js';
import type { SegmentedArticle } from '../../segment/types.js';
import { tokenIndexAt } from '../../extract/statements/token-tools.js';
import { foldCase } from '../../util/fold.js';
import type { EntityMention, ResolvedEntities } from '../types.js';
import { partitionPoint } from '../../util/partition-point.js';

/** An entity mention located on tokens: [from, to) token indices. */
export interface TokenMention {
  readonly mention: EntityMention;
  readonly entity: Entity;
  readonly from: number;
  readonly to: number;
}

/**
 * The resolved entity mentions indexed by token, for the statement resolvers: which mention
 * starts at or covers a token, and every mention in order. Mentions inside quotations can be
 * excluded (a name inside somebody's words is not the speaker nor an attendee).
 */
export class MentionIndex {
  readonly seg: SegmentedArticle;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly all: readonly TokenMention[];
  readonly #cover: (TokenMention | undefined)[];

  constructor(seg: SegmentedArticle, resolved: ResolvedEntities) {
    this.seg = seg;
    this.entities = new Map(resolved.entities.map((e) => [e.id as string, e]));
    const all: TokenMention[] = [];
    for (const m of resolved.mentions) {
      const entity = this.entities.get(m.id);
      if (!entity) continue;
      const from = tokenIndexAt(seg.tokens, m.start);
      const to = Math.max(from + 1, tokenIndexAt(seg.tokens, m.end));
      all.push({ mention: m, entity, from, to });
    }
    this.all = all.sort((a, b) => a.from - b.from || b.to - a.to);
    this.#cover = new Array<TokenMention | undefined>(seg.tokens.length);
    for (const tm of this.all) {
      for (let k = tm.from; k < tm.to && k < this.#cover.length; k++) {
        const cur = this.#cover[k];
        if (!cur || tm.to - tm.from > cur.to - cur.from) this.#cover[k] = tm;
      }
    }
  }

  /** The longest mention covering the token. */
  at(token: number): TokenMention | undefined {
    return this.#cover[token];
  }

  entity(id: EntityId | string): Entity | undefined {
    return this.entities.get(id);
  }

  /**
   * The person a one-word person stands for: «Андреа» → «Андреа Падован» when exactly one other
   * person of the article has that word in a name; else the same id.
   */
  fuller(id: EntityId): EntityId {
    let found = this.#fuller.get(id);
    if (found === undefined) this.#fuller.set(id, (found = this.#findFuller(id)));
    return found;
  }

  readonly #fuller = new Map<EntityId, EntityId>();

  #findFuller(id: EntityId): EntityId {
    const e = this.entities.get(id);
    if (!e || e.type !== 'Person' || /\s/.test(e.name.trim())) return id;
    const word = foldCase(e.name.trim());
    const others = [...this.entities.values()].filter(
      (o) => o.id !== id && o.type === 'Person' && [o.name, ...o.alternateNames].some((n) => foldCase(n).split(/\s+/).length > 1 && foldCase(n).split(/\s+/).includes(word)),
    );
    return others.length === 1 ? others[0]!.id : id;
  }

  /** Mentions that start in the token range [from, to), in text order. */
  within(from: number, to: number): TokenMention[] {
    const out: TokenMention[] = [];
    for (let k = this.#firstFrom(from); k < this.all.length && this.all[k]!.from < to; k++) out.push(this.all[k]!);
    return out;
  }

  /** Index in `all` of the first mention that starts at or after the token. */
  #firstFrom(token: number): number {
    return partitionPoint(this.all.length, (k) => this.all[k]!.from < token);
  }

  /** The last mention before the token that satisfies the test (outside the excluded spans). */
  lastBefore(token: number, test: (m: TokenMention) => boolean, exclude: readonly Span[] = []): TokenMention | undefined {
    // A mention that starts at or after the token ends after it: the scan starts before those.
    for (let k = this.#firstFrom(token) - 1; k >= 0; k--) {
      const m = this.all[k]!;
      if (m.to > token) continue;
      if (exclude.some((s) => m.mention.start >= s.start && m.mention.end <= s.end)) continue;
      if (test(m)) return m;
    }
    return undefined;
  }
}
