import type { EntityCandidate } from '../extract/types.js';
import type { EntityDraft } from './entity-draft.js';

/** Forms that are also neuter or plural (его, ему, им): resolved only when one person is in view. */
const AMBIGUOUS = new Set(['его', 'ему', 'им']);
/** How many sentences back a pronoun may look for its person. */
const WINDOW = 1;

interface PersonMention {
  readonly start: number;
  readonly sentence: number;
  readonly draft: EntityDraft;
}

function timeline(drafts: readonly EntityDraft[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const d of drafts) {
    if (d.type !== 'Person') continue;
    for (const m of [...d.names, ...d.descriptions]) out.push({ start: m.start, sentence: m.sentence ?? -1, draft: d });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Resolves a pronoun to the last person of its gender mentioned in its sentence or the one
 * before, when no other person of that gender is mentioned there (and, for его/ему/им, no other
 * person at all). Pronouns that fail this test stay unresolved.
 */
export function resolvePronouns(pronouns: readonly EntityCandidate[], drafts: readonly EntityDraft[]): void {
  const people = timeline(drafts);
  for (const p of pronouns) {
    const sentence = p.sentence ?? -1;
    const inView = people.filter((m) => m.start < p.start && m.sentence >= sentence - WINDOW && m.sentence <= sentence);
    const distinct = new Set(inView.map((m) => m.draft));
    const sameGender = [...distinct].filter((d) => d.gender === p.gender);
    if (sameGender.length !== 1) continue;
    if (AMBIGUOUS.has(p.text.toLowerCase()) && distinct.size !== 1) continue;
    if (overlapsName(p, sameGender[0]!)) continue;
    sameGender[0]!.pronouns.push(p);
  }
}

function overlapsName(p: EntityCandidate, d: EntityDraft): boolean {
  return d.names.some((n) => n.start < p.end && p.start < n.end);
}

