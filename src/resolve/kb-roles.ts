import type { KbEntry, KbRole } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { roleHeldOn } from '../kb/role-dates.js';
import type { Morphology } from '../segment/types.js';
import { addOnce, type EntityDraft } from './entity-draft.js';

/**
 * What the knowledge base says about the people of the article on its date: the roles they
 * held become job titles (президент России) when the text gave none, and the country or
 * organization of a role, when it is an entity of the article, their nationality or affiliation.
 */
export function addKbRoles(drafts: readonly EntityDraft[], kb: KnowledgeBase, date: string | undefined, morphology: Morphology | undefined): void {
  if (!date) return;
  const byKbId = new Map(drafts.filter((d) => d.kb).map((d) => [d.kb!.id, d]));
  for (const person of drafts) {
    if (person.type !== 'Person' || !person.kb) continue;
    const held = person.kb.roles.filter((r) => roleHeldOn(r, date));
    for (const role of held) {
      const owner = role.of ? byKbId.get(role.of) : undefined;
      if (owner?.type === 'Country') addOnce(person.nationality, owner);
      else if (owner?.type === 'Organization') addOnce(person.affiliations, owner);
    }
    if (person.jobTitles.length === 0) for (const role of held) addOnce(person.jobTitles, titleOf(role, kb, morphology));
  }
}

/** президент + Q159 → президент России (the owner's name in the genitive when the morphology can put it there). */
function titleOf(role: KbRole, kb: KnowledgeBase, morphology: Morphology | undefined): string {
  const owner: KbEntry | undefined = role.of ? kb.get(role.of) : undefined;
  if (!owner || role.title.includes(' ') && /\p{Lu}/u.test(role.title)) return role.title;
  const genitive = morphology ? genitiveOf(owner.name, morphology) : undefined;
  return genitive ? `${role.title} ${genitive}` : role.title;
}

function genitiveOf(name: string, morphology: Morphology): string | undefined {
  const words = name.split(' ');
  const out: string[] = [];
  for (const w of words) {
    if (/^\p{Lu}{2,}$/u.test(w)) {
      out.push(w); // США, КНР: abbreviations do not decline
      continue;
    }
    const reading = morphology.analyze(w).find((r) => r.known && r.tags.has('nomn') && (r.pos === 'NOUN' || r.pos === 'ADJF'));
    const form = reading ? morphology.inflect(w, reading, ['gent']) : undefined;
    if (!form) return undefined;
    out.push(/^\p{Lu}/u.test(w) ? form.charAt(0).toUpperCase() + form.slice(1) : form);
  }
  return out.join(' ');
}
