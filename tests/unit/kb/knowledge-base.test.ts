import { describe, expect, it } from 'vitest';
import { KbEntry } from '../../../src/kb/entry.js';
import { foldName } from '../../../src/kb/fold.js';
import { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { mergeEntry } from '../../../src/kb/merge-entries.js';

const entry = (input: unknown): KbEntry => KbEntry.parse(input);

const people = [
  entry({ id: 'local:person-a', type: 'Person', name: 'Анна Первая', roles: [{ title: 'президент', of: 'local:country-x', from: '2000-05-07', to: '2008-05-07' }] }),
  entry({ id: 'local:person-b', type: 'Person', name: 'Борис Второй', roles: [{ title: 'Президент', of: 'local:country-x', from: '2008-05', to: '2012' }, { title: 'премьер-министр', of: 'local:country-x', from: '2012-05-08' }] }),
  entry({ id: 'local:person-c', type: 'Person', name: 'Вера Третья', roles: [{ title: 'президент', of: 'local:country-y', from: '2001' }] }),
  entry({ id: 'local:country-x', type: 'Country', name: 'Страна Икс', abbreviations: ['СИ'], adjectives: ['иксовый'], latinNames: ['Xland'] }),
];
const kb = new KnowledgeBase(people);
const ids = (list: readonly KbEntry[]): string[] => list.map((e) => e.id);

describe('KnowledgeBase.rolesAt', () => {
  it('returns who held a role of a country on a day', () => {
    expect(ids(kb.rolesAt('президент', 'local:country-x', '2004-01-01'))).toEqual(['local:person-a']);
    expect(ids(kb.rolesAt('президент', 'local:country-x', '2010-06-15'))).toEqual(['local:person-b']);
    expect(ids(kb.rolesAt('премьер-министр', 'local:country-x', '2020-01-01'))).toEqual(['local:person-b']);
  });

  it('treats partial dates as ranges and both ends as inclusive', () => {
    expect(ids(kb.rolesAt('президент', 'local:country-x', '2008-05-07'))).toEqual(['local:person-a', 'local:person-b']);
    expect(ids(kb.rolesAt('президент', 'local:country-x', '2012-12-31'))).toEqual(['local:person-b']);
    expect(ids(kb.rolesAt('президент', 'local:country-x', '2013'))).toEqual([]);
  });

  it('folds the title and leaves `of` open when omitted', () => {
    expect(ids(kb.rolesAt('ПРЕЗИДЕНТ', undefined, '2005'))).toEqual(['local:person-a', 'local:person-c']);
    expect(kb.rolesAt('министр', undefined, '2005')).toEqual([]);
  });
});

describe('KnowledgeBase look-ups', () => {
  it('indexes names, abbreviations, adjectives and Latin names', () => {
    expect(ids(kb.findByName('страна икс'))).toEqual(['local:country-x']);
    expect(ids(kb.findByAbbreviation('СИ'))).toEqual(['local:country-x']);
    expect(ids(kb.findByAdjective('иксовый'))).toEqual(['local:country-x']);
    expect(ids(kb.findByLatinName('XLAND'))).toEqual(['local:country-x']);
    expect(kb.findByName('нет такого')).toEqual([]);
  });

  it('folds case, ё, dashes and spaces the same way for every name', () => {
    expect(foldName('  Королёв ')).toBe('королев');
    expect(foldName('Ростов — на — Дону')).toBe('ростов-на-дону');
    expect(foldName('Кот-д’Ивуар')).toBe("кот-д'ивуар");
  });
});

describe('mergeEntry', () => {
  it('lets the later entry win, unites lists and keeps a replaced name as an alias', () => {
    const base = entry({ id: 'Q1', type: 'City', name: 'Старое', aliases: ['А'], containedIn: 'Q159' });
    const merged = mergeEntry(base, entry({ id: 'Q1', type: 'City', name: 'Новое', aliases: ['Б'], placeKind: 'area' }));
    expect(merged.name).toBe('Новое');
    expect(merged.aliases).toEqual(['А', 'Б', 'Старое']);
    expect(merged.containedIn).toBe('Q159');
    expect(merged.placeKind).toBe('area');
  });
});
