// Real-looking Russian news text for the hostile inputs, built from templates written for this
// generator (no corpus text): datelines, statements, quotes, figures, dates, events.

/** mulberry32: a small deterministic PRNG. */
export function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Владимир Путин', 'm', 'президент России'], ['Си Цзиньпин', 'm', 'председатель КНР'], ['Сергей Лавров', 'm', 'министр иностранных дел России'],
  ['Мария Захарова', 'f', 'официальный представитель МИД'], ['Дмитрий Песков', 'm', 'пресс-секретарь президента'],
  ['Эльвира Набиуллина', 'f', 'глава Центробанка'], ['Андрей Смирнов', 'm', 'губернатор области'], ['Ольга Кузнецова', 'f', 'депутат Госдумы'],
  ['Нарендра Моди', 'm', 'премьер-министр Индии'], ['Эммануэль Макрон', 'm', 'президент Франции'], ['Анна Петрова', 'f', 'эксперт'],
  ['Игорь Васильев', 'm', 'директор завода'], ['Татьяна Голикова', 'f', 'вице-премьер'], ['Михаил Мишустин', 'm', 'председатель правительства'],
];
const CITIES = [['МОСКВА', 'Москве'], ['ПЕКИН', 'Пекине'], ['САНКТ-ПЕТЕРБУРГ', 'Санкт-Петербурге'], ['КАЗАНЬ', 'Казани'], ['НОВОСИБИРСК', 'Новосибирске'], ['ТЯНЬЦЗИНЬ', 'Тяньцзине'], ['ПАРИЖ', 'Париже'], ['ВЛАДИВОСТОК', 'Владивостоке']];
const COUNTRIES = ['России', 'Китая', 'Индии', 'Франции', 'Казахстана', 'Бразилии', 'Турции', 'Германии'];
const ORGS = ['МИД России', 'Минфин', 'Центробанк', 'Госдума', 'ООН', 'ШОС', 'Роскосмос', 'РЖД', 'Сбербанк', 'ВТБ'];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const QUOTES = [
  'Мы готовы к диалогу и рассчитываем на взаимное уважение',
  'Решение будет принято до конца года',
  'Это важный шаг для развития сотрудничества между нашими странами',
  'Никаких оснований для паники нет',
  'Работа продолжается в штатном режиме',
  'Мы видим рост интереса к нашим проектам',
  'Ситуация остаётся сложной, но управляемой',
];
const CLAUSES = [
  'стороны обсудили вопросы торгово-экономического сотрудничества',
  'переговоры прошли в конструктивной атмосфере',
  'новые меры поддержки вступят в силу с первого числа следующего месяца',
  'строительство моста планируется завершить через два года',
  'объём инвестиций в регион вырос почти вдвое',
  'в ближайшее время будет подписано соглашение о сотрудничестве',
];

export function makeNews(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const said = ([, g]) => (g === 'f' ? 'заявила' : 'заявил');
  const told = ([, g]) => (g === 'f' ? 'сообщила' : 'сообщил');
  const sentences = [
    () => { const c = pick(CITIES); return `${c[0]}, ${int(1, 28)} ${pick(MONTHS)}. ${cap(pick(CLAUSES))}, сообщили в ${pick(['Кремле', 'правительстве', 'мэрии'])}.`; },
    () => { const p = pick(PEOPLE); return `${cap(p[2])} ${p[0]} ${said(p)}, что ${pick(CLAUSES)}.`; },
    () => { const p = pick(PEOPLE); return `«${pick(QUOTES)}», — ${pick(['сказал', 'подчеркнул', 'отметил'])}${p[1] === 'f' ? 'а' : ''} ${p[0]}.`; },
    () => { const p = pick(PEOPLE); return `${p[0]} ${said(p)}: «${pick(QUOTES)}».`; },
    () => `Объём торговли между ${pick(COUNTRIES)} и ${pick(COUNTRIES)} вырос на ${int(2, 40)}% и составил ${int(10, 300)},${int(1, 9)} млрд долларов.`,
    () => `Встреча пройдёт ${int(1, 28)} ${pick(MONTHS)} ${int(2024, 2027)} года в ${pick(CITIES)[1]}.`,
    () => { const a = pick(PEOPLE), b = pick(PEOPLE); return `${a[0]} и ${b[0]} провели переговоры в ${pick(CITIES)[1]}.`; },
    () => `Как ${told(pick(PEOPLE))} пресс-служба ${pick(ORGS.slice(0, 4))}, ${pick(CLAUSES)}.`,
    () => `Бюджет программы составит ${int(1, 900)} млн рублей, из них ${int(1, 99)} млн выделит ${pick(ORGS)}.`,
    () => `В ${pick(CITIES)[1]} открылся форум, в котором приняли участие представители ${int(3, 60)} стран.`,
    () => `По данным ${pick(ORGS)}, ${pick(CLAUSES)}.`,
  ];
  const sentence = () => pick(sentences)();
  const paragraph = (n = int(2, 5)) => Array.from({ length: n }, sentence).join(' ');
  /** A headline, an optional lead, then paragraphs separated by blank lines. */
  const article = ({ paragraphs = int(2, 6), header = rnd() < 0.5 } = {}) => {
    const date = `${int(2019, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const head = `${cap(pick(CLAUSES))}`;
    const body = Array.from({ length: paragraphs }, () => paragraph()).join('\n\n');
    return `${header ? ` date ${date} ` : ''}${head}\n\n${body}\n`;
  };
  return { pick, int, sentence, paragraph, article, people: PEOPLE, cities: CITIES };
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pad(n) {
  return String(n).padStart(2, '0');
}
