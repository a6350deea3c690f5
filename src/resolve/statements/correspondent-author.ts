import type { CorrespondentCandidate } from '../../extract/metadata.js';
import type { EntityId } from '../../model/ids.js';
import type { Token } from '../../segment/types.js';
import type { MetadataState } from '../metadata.js';
import type { MentionIndex } from './mention-index.js';
import { readingsOf } from '../../extract/statements/token-tools.js';

export interface Correspondent {
  readonly person: EntityId;
  readonly role: string;
  readonly outlet?: EntityId;
}

/**
 * The correspondent's person and outlet: the first organization and the first person the
 * entity stage found after the role word; a quoted outlet it missed is looked up in the
 * knowledge base, a two-word name it missed is taken as written.
 */
export function resolveCorrespondent(c: CorrespondentCandidate, index: MentionIndex, state: MetadataState): Correspondent | undefined {
  const near = index.within(c.from, c.to);
  const person = near.find((m) => m.entity.type === 'Person');
  const outletMention = near.find((m) => m.entity.type === 'Organization' && (!person || m.from < person.from));
  const tokens = index.seg.tokens;
  let outlet = outletMention?.entity.id;
  let after = outletMention ? outletMention.to : c.from;
  if (!outlet && tokens[c.from]?.kind === 'quote') {
    const close = tokens.findIndex((t, k) => k > c.from && k < c.to && t.kind === 'quote');
    if (close > c.from + 1) {
      outlet = quotedOutlet(index, state, tokens.slice(c.from + 1, close));
      after = close + 1;
    }
  }
  const personId = person?.entity.id ?? nameAfter(index, state, after);
  return personId ? { person: personId, role: c.role, ...(outlet ? { outlet } : {}) } : undefined;
}

function quotedOutlet(index: MentionIndex, state: MetadataState, words: readonly Token[]): EntityId | undefined {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const text = index.seg.text.slice(first.start, last.end);
  const forms = [text];
  if (words.length === 1) {
    for (const r of readingsOf(index.seg, first)) {
      const form = index.seg.morphology.inflect(first.text, r, r.tags.has('plur') ? ['nomn', 'plur'] : ['nomn']);
      if (form) forms.push(form.charAt(0).toUpperCase() + form.slice(1));
    }
  }
  for (const form of forms) {
    const entry = state.lookup(form);
    if (entry && entry.type === 'Organization') return state.fromKb(entry, { start: first.start, end: last.end, text });
  }
  return undefined;
}

function nameAfter(index: MentionIndex, state: MetadataState, k: number): EntityId | undefined {
  const a = index.seg.tokens[k];
  const b = index.seg.tokens[k + 1];
  if (!a || !b || !a.upper || !b.upper || a.kind !== 'word' || b.kind !== 'word') return undefined;
  const text = index.seg.text.slice(a.start, b.end);
  const given = readingsOf(index.seg, a).some((r) => r.tags.has('Name') && r.tags.has('nomn'));
  return given ? state.person(text, { start: a.start, end: b.end, text }) : undefined;
}
