import type { KbEntry, KbRole } from './entry.js';

const LIST_FIELDS = ['aliases', 'abbreviations', 'latinNames', 'adjectives'] as const;

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function sameRole(a: KbRole, b: KbRole): boolean {
  return a.title === b.title && a.of === b.of && a.from === b.from && a.to === b.to;
}

/**
 * Merges a later entry into an earlier one with the same id (a user file over the shipped KB):
 * the later entry's type, name and every field it sets win; lists (aliases, abbreviations,
 * latinNames, adjectives, roles) are united, and a replaced name is kept as an alias.
 */
export function mergeEntry(base: KbEntry, update: KbEntry): KbEntry {
  const merged: KbEntry = { ...base };
  for (const [key, value] of Object.entries(update) as [keyof KbEntry, unknown][]) {
    if (value !== undefined && !Array.isArray(value)) (merged as Record<string, unknown>)[key] = value;
  }
  for (const field of LIST_FIELDS) merged[field] = union(base[field], update[field]);
  if (base.name !== update.name) merged.aliases = union(merged.aliases, [base.name]).filter((n) => n !== update.name);
  merged.roles = [...base.roles, ...update.roles.filter((role) => !base.roles.some((known) => sameRole(known, role)))];
  return merged;
}

/** Entries of several files in order; a repeated id merges into the first (see mergeEntry). */
export function mergeEntryLists(lists: Iterable<readonly KbEntry[]>): KbEntry[] {
  const byId = new Map<string, KbEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const known = byId.get(entry.id);
      byId.set(entry.id, known ? mergeEntry(known, entry) : entry);
    }
  }
  return [...byId.values()];
}
