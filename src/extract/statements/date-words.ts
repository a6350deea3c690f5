/** Month names in every case form (lower case, ё folded): январь, января, январе … → 1. */
export const MONTH_FORMS: ReadonlyMap<string, number> = buildMonthForms();

function buildMonthForms(): Map<string, number> {
  const soft = ['январ', 'феврал', '', 'апрел', '', 'июн', 'июл', '', 'сентябр', 'октябр', 'ноябр', 'декабр'];
  const out = new Map<string, number>();
  soft.forEach((stem, i) => {
    if (stem) for (const end of ['ь', 'я', 'е', 'ю', 'ем']) out.set(stem + end, i + 1);
  });
  for (const [stem, month] of [['март', 3], ['август', 8]] as const) {
    for (const end of ['', 'а', 'е', 'у', 'ом']) out.set(stem + end, month);
  }
  for (const form of ['май', 'мая', 'мае', 'маю', 'маем']) out.set(form, 5);
  return out;
}

/** Forms of год (and its abbreviation) that follow a year number. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['год', 'года', 'году', 'годом', 'годе', 'годах', 'годов', 'годам', 'годы', 'г', 'гг']);

/** Forms of месяц. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(['месяц', 'месяца', 'месяце', 'месяцу', 'месяцем']);

/** Words that name a day relative to the article's date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['сегодня', 0], ['вчера', -1], ['завтра', 1], ['позавчера', -2], ['послезавтра', 2],
]);

/** Adjectives that place a year or a month relative to the article's date: в прошлом году → −1. */
export const RELATIVE_ADJECTIVES: ReadonlyMap<string, number> = buildRelativeAdjectives();

function buildRelativeAdjectives(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (stems: readonly string[], offset: number) => {
    for (const stem of stems) for (const end of ['ий', 'ый', 'ом', 'ем', 'ого', 'его', 'ему', 'ому', 'им', 'ым']) out.set(stem + end, offset);
  };
  add(['текущ', 'нынешн'], 0);
  add(['прошл', 'минувш', 'предыдущ'], -1);
  add(['позапрошл'], -2);
  add(['следующ', 'будущ', 'наступающ', 'грядущ'], 1);
  for (const form of ['этот', 'этом', 'этого', 'этому', 'этим']) out.set(form, 0);
  return out;
}

/** Prepositions and phrases that introduce a month named alone: в сентябре, к маю, в начале марта. */
export const MONTH_INTRODUCERS: ReadonlySet<string> = new Set(['в', 'во', 'к', 'до', 'с', 'со', 'по', 'после', 'начале', 'конце', 'середине', 'начала', 'конца', 'середины']);
