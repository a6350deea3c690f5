import { beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/extract/entities.js';
import { Gazetteer, gazetteerOf } from '../../../src/extract/gazetteer.js';
import { PLACE_NOUNS, placeNounType } from '../../../src/extract/places.js';
import { SPEECH_VERBS } from '../../../src/extract/statements/lexicon.js';
import { foldLemma, hasLemma, mayBeFinite, verbOpenings } from '../../../src/extract/statements/token-tools.js';
import type { Morphology } from '../../../src/segment/types.js';
import { LemmaSet } from '../../../src/extract/lemma-set.js';
import { extractQuotes } from '../../../src/extract/quotes.js';
import { loadKit, segment, viewOf, type Kit } from './entity-kit.js';
import { loadStatementKit, seg } from './statements-kit.js';

// The cheap tests on a word form that spare the morphology most words: each must let through every
// form the morphology could have said yes to. The forms are made by the real morphology.

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
  await loadStatementKit();
});

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const FINITE = [
  ...['masc', 'femn', 'neut', 'plur'].map((g) => ['past', 'indc', g]),
  ...['pres', 'futr'].flatMap((t) => ['1per', '2per', '3per'].flatMap((p) => ['sing', 'plur'].map((n) => [t, 'indc', p, n]))),
];
const SHORT_PARTICIPLE = ['masc', 'femn', 'neut', 'plur'].flatMap((g) => [['PRTS', g], ['PRTS', 'pres', g]]);

/** Every form the morphology makes of the lemma's readings of that part of speech, for each grammeme set. */
function formsOf(morphology: Morphology, lemma: string, pos: readonly string[], sets: readonly string[][]): string[] {
  const out = new Set<string>();
  for (const r of morphology.analyze(lemma).filter((a) => pos.includes(a.pos ?? '') && a.lemma === lemma)) {
    for (const g of sets) {
      const form = morphology.inflect(lemma, r, g);
      if (form) out.add(foldLemma(form.toLowerCase()));
    }
  }
  return [...out];
}

describe('verbs', () => {
  it('every finite form of every verb of speech begins as verbOpenings says (писать → пишет, сказать → скажет)', () => {
    const openings = verbOpenings(SPEECH_VERBS);
    const forms = [...SPEECH_VERBS].flatMap((v) => formsOf(kit.morphology, v, ['INFN'], [...FINITE, ...SHORT_PARTICIPLE, ['GRND']]));
    expect(forms.length).toBeGreaterThan(1000);
    expect(forms.filter((f) => !openings.has(f.slice(0, 3)))).toEqual([]);
    expect(forms).toContain('пишет');
  });

  it('no indicative form or short participle ends as mayBeFinite rules out (затих, окреп, мог, лёг, нёс, умер)', () => {
    const verbs = [...SPEECH_VERBS, 'затихнуть', 'окрепнуть', 'мочь', 'лечь', 'нести', 'умереть', 'идти', 'есть', 'дать', 'быть', 'убить', 'задержать', 'родиться', 'беречь', 'жечь', 'видеть', 'ожидать', 'вести', 'любить', 'создать', 'бояться', 'смеяться'];
    const forms = verbs.flatMap((v) => formsOf(kit.morphology, v, ['INFN'], [...FINITE, ...SHORT_PARTICIPLE]));
    for (const f of ['затих', 'окреп', 'мог', 'лег', 'нес', 'умер', 'шел', 'ест', 'убит', 'задержан', 'видимо', 'ожидаемы', 'создам', 'боишься', 'смеются']) expect(forms).toContain(f);
    expect(forms.filter((f) => !mayBeFinite(f))).toEqual([]);
    expect(['новый', 'столов', 'новая', 'новое', 'нового', 'столами', 'январе', 'стиле', 'история', 'жизнь', 'начале', 'сети'].filter(mayBeFinite)).toEqual([]);
  });
});

describe('lemma sets', () => {
  it('hasLemma asks the morphology only about words that begin as a lemma of the set does, and still finds every form', () => {
    const s = seg('Его пригласили на встречу, а её приглашают снова. Приглашение пришло вчера, Cообщение тоже.');
    const asked: string[] = [];
    const analyses = s.analyses;
    const counting = { ...s, analyses: (t: Parameters<typeof analyses>[0]) => (asked.push(t.text), analyses(t)) };
    const found = s.tokens.filter((t) => hasLemma(counting, t, new Set(['пригласить', 'приглашать', 'приглашение', 'сообщение']))).map((t) => t.text);
    expect(found).toEqual(['пригласили', 'приглашают', 'Приглашение', 'Cообщение']);
    expect(asked.every((w) => /^[пПсСcC]/.test(w))).toBe(true);
  });
});

describe('place nouns', () => {
  it('every case and number form of every place noun is found (the set looks at their first three letters)', () => {
    const forms = [...PLACE_NOUNS.keys()].flatMap((n) => formsOf(kit.morphology, n, ['NOUN'], CASES.flatMap((c) => [[c, 'sing'], [c, 'plur']])));
    expect(forms.length).toBeGreaterThan(500);
    const view = viewOf(kit, forms.join(' , '));
    const missed = [];
    for (let i = 0; i < view.length; i++) if (view.isWord(i) && placeNounType(view, i) === undefined) missed.push(view.text(i));
    expect(missed).toEqual([]);
  });
});

describe('gazetteer continuation', () => {
  const TEXT = [
    'Президент России Владимир Путин и премьер-министр Дмитрий Медведев встретились с Си Цзиньпином.',
    'Министерство иностранных дел Российской Федерации и Государственная дума, Совет Федерации и мэрия Москвы.',
    'Заседание Cвященного Cинода РПЦ прошло в Санкт-Петербурге, а Русская православная церковь сообщила об этом.',
    'В Нижнем Новгороде и Ростове-на-Дону, в Соединённых Штатах Америки и в Организации Объединённых Наций.',
  ].join('\n');

  it('matches exactly as without the test on the next word’s first letter', () => {
    const gaz = gazetteerOf(kit.kb);
    const withTest = extractEntities(segment(kit, TEXT), gaz);
    const plain = new Gazetteer(kit.kb);
    plain.mayContinue = () => true;
    expect(withTest).toEqual(extractEntities(segment(kit, TEXT), plain));
  });
});

describe('look-alike letters', () => {
  it('a word with a Latin look-alike letter passes the tests as the morphology reads it (раcсказала with a Latin c)', () => {
    expect(new LemmaSet(['рассказать']).mayMatch('раcсказала')).toBe(true);
    const s = seg('Она раcсказала, что переговоры со знаменитым ведущим шли легко и быстро.');
    expect(extractQuotes(s).map((q) => s.text.slice(q.parts[0]!.start, q.parts[0]!.end))).toEqual(['переговоры со знаменитым ведущим шли легко и быстро']);
  });
});
