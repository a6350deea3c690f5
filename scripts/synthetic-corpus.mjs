#!/usr/bin/env node
// Writes a synthetic corpus of Russian-news-like articles (archive format: ` date YYYY-MM-DD ` header),
// built from templates with a seeded generator, so the same seed always gives the same bytes.
// Used by the benchmark when ../shared has no corpora.
//   node scripts/synthetic-corpus.mjs OUT_DIR [--count 1000] [--seed 42]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// [given name, family name, family name in the genitive, role, female]
const PEOPLE = [
  ['Андрей', 'Смирнов', 'Смирнова', 'министр финансов', false],
  ['Елена', 'Кузнецова', 'Кузнецовой', 'глава Минэкономразвития', true],
  ['Игорь', 'Волков', 'Волкова', 'губернатор Новосибирской области', false],
  ['Ольга', 'Морозова', 'Морозовой', 'председатель комитета по бюджету', true],
  ['Сергей', 'Павлов', 'Павлова', 'мэр Казани', false],
  ['Наталья', 'Соколова', 'Соколовой', 'официальный представитель МИД', true],
  ['Дмитрий', 'Лебедев', 'Лебедева', 'генеральный директор компании «Северный поток»', false],
  ['Татьяна', 'Новикова', 'Новиковой', 'министр здравоохранения', true],
  ['Алексей', 'Фёдоров', 'Фёдорова', 'глава Росстата', false],
  ['Мария', 'Орлова', 'Орловой', 'председатель Центробанка', true],
];
const COUNTRIES = ['Китая', 'Индии', 'Турции', 'Казахстана', 'Бразилии', 'Египта', 'Ирана', 'Вьетнама'];
const CITIES = [['МОСКВА', 'в Москве'], ['КАЗАНЬ', 'в Казани'], ['НОВОСИБИРСК', 'в Новосибирске'], ['САНКТ-ПЕТЕРБУРГ', 'в Санкт-Петербурге'], ['ВЛАДИВОСТОК', 'во Владивостоке']];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
// [nominative, accusative, "will take place" in agreement]
const EVENTS = [
  ['переговоры', 'переговоры', 'пройдут'],
  ['встреча', 'встречу', 'пройдёт'],
  ['совещание', 'совещание', 'пройдёт'],
  ['форум', 'форум', 'пройдёт'],
  ['саммит', 'саммит', 'пройдёт'],
  ['заседание правительства', 'заседание правительства', 'пройдёт'],
];
const MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const TOPICS = ['поставок зерна', 'строительства дорог', 'цифровой экономики', 'энергетики', 'туризма', 'образования', 'здравоохранения'];
const QUOTES = [
  'Мы рассчитываем, что уже в этом году объём торговли вырастет',
  'Решение будет принято после консультаций с регионами',
  'Все обязательства перед партнёрами будут выполнены в срок',
  'Ситуация остаётся сложной, но управляемой',
  'Программа будет продлена ещё на три года',
];

/** A small deterministic generator (mulberry32). */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

function sentence(g, person) {
  const [given, family, familyGen, role, female] = person;
  const a = female ? 'а' : '';
  const amount = `${1 + g.int(900)},${g.int(10)} ${g.pick(['млн', 'млрд'])} рублей`;
  const [event, eventAcc, takesPlace] = g.pick(EVENTS);
  switch (g.int(6)) {
    case 0:
      return `«${g.pick(QUOTES)}», — сказал${a} ${role} ${given} ${family}.`;
    case 1:
      return `По словам ${familyGen}, на развитие ${g.pick(TOPICS)} выделят ${amount}.`;
    case 2:
      return `В ${g.pick(['прошлом', 'этом'])} году показатель вырос на ${1 + g.int(40)}%, до ${amount}.`;
    case 3:
      return `${capitalize(role)} ${given} ${family} провел${a} ${eventAcc} с делегацией ${g.pick(COUNTRIES)}.`;
    case 4:
      return `Стороны обсудили вопросы ${g.pick(TOPICS)} и договорились продолжить работу ${1 + g.int(28)} ${g.pick(MONTHS)}.`;
    default:
      return `${given} ${family} сообщил${a}, что ${event} ${takesPlace} ${g.pick(CITIES)[1]} в ${g.pick(MONTHS_IN)}.`;
  }
}

function capitalize(text) {
  return text[0].toUpperCase() + text.slice(1);
}

/** One article: a date header with a headline, a dateline lead, then paragraphs of 2–4 sentences. */
export function syntheticArticle(g, index) {
  const [cityCaps, cityIn] = g.pick(CITIES);
  const day = 1 + g.int(28);
  const month = g.int(12);
  const date = `20${20 + g.int(6)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const cast = [g.pick(PEOPLE), g.pick(PEOPLE), g.pick(PEOPLE)];
  const headline = `${capitalize(cast[0][3])} провел${cast[0][4] ? 'а' : ''} ${g.pick(EVENTS)[1]} ${cityIn}`;
  const lead = `${cityCaps}, ${day} ${MONTHS[month]}. ${sentence(g, cast[0])} ${sentence(g, cast[1])}`;
  const paragraphs = [headline, lead];
  const count = 2 + g.int(10);
  for (let p = 0; p < count; p++) {
    const n = 2 + g.int(3);
    paragraphs.push(Array.from({ length: n }, () => sentence(g, g.pick(cast))).join(' '));
  }
  return { name: `synthetic-${String(index).padStart(5, '0')}.txt`, text: ` date ${date} ${paragraphs.join('\n\n')}\n` };
}

/** Writes `count` articles into `dir`; the same seed gives the same files. */
export function writeSyntheticCorpus(dir, { count = 1000, seed = 42 } = {}) {
  mkdirSync(dir, { recursive: true });
  const g = generator(seed);
  const files = [];
  for (let i = 1; i <= count; i++) {
    const { name, text } = syntheticArticle(g, i);
    writeFileSync(join(dir, name), text);
    files.push(join(dir, name));
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node scripts/synthetic-corpus.mjs OUT_DIR [--count N] [--seed S]\n');
    process.exit(2);
  }
  const option = (name, fallback) => {
    const i = rest.indexOf(name);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
  };
  const files = writeSyntheticCorpus(dir, { count: option('--count', 1000), seed: option('--seed', 42) });
  process.stderr.write(`wrote ${files.length} articles to ${dir}\n`);
}
