const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/**
 * A date in the lexical forms the graph uses, in Russian: 2026-02-04 → 4 февраля 2026 г.,
 * 2026-02 → февраль 2026 г., 2026 → 2026 г., --05-09 → 9 мая, and a date-time with its time
 * (and zone when given). Anything else is returned as it is.
 */
export function formatDate(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (m) return `${dayMonth(m[3], m[2])} ${m[1]} г., ${m[4]}${m[5] ? ` (${m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`})` : ''}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${dayMonth(m[3], m[2])} ${m[1]} г.`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS_NOMINATIVE[Number(m[2]) - 1] ?? m[2]} ${m[1]} г.`;
  if (/^\d{4}$/.test(value)) return `${value} г.`;
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m) return dayMonth(m[2], m[1]);
  return value;
}

function dayMonth(day: string | undefined, month: string | undefined): string {
  return `${Number(day)} ${MONTHS_GENITIVE[Number(month) - 1] ?? month}`;
}

const NUMBER_FORMAT = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 6 });

/** A decimal lexical form with Russian digit grouping: 200000000000 → 200 000 000 000. */
export function formatNumber(lexical: string): string {
  const n = Number(lexical);
  return Number.isFinite(n) ? NUMBER_FORMAT.format(n) : lexical;
}

/** Russian forms (one, few, many) of the time units newsgraph writes as UN/CEFACT codes. */
const COUNTED_UNITS: Readonly<Record<string, readonly [string, string, string]>> = {
  ANN: ['год', 'года', 'лет'],
  MON: ['месяц', 'месяца', 'месяцев'],
  WEE: ['неделя', 'недели', 'недель'],
  DAY: ['день', 'дня', 'дней'],
  HUR: ['час', 'часа', 'часов'],
  MIN: ['минута', 'минуты', 'минут'],
};

/** Abbreviations of other UN/CEFACT and ISO 4217 codes; unknown codes are shown as they are. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  P1: '%',
  KGM: 'кг',
  TNE: 'т',
  KMT: 'км',
  MTR: 'м',
  MTK: 'м²',
  KMK: 'км²',
  LTR: 'л',
  C62: 'шт.',
  USD: 'долл. США',
  EUR: 'евро',
  RUB: 'руб.',
  CNY: 'юаней',
};

const PLURAL = new Intl.PluralRules('ru-RU');

/**
 * A figure's unit for people: a word for its code, agreeing with the number for time units
 * (1 год, 3 года, 80 лет; fractions take the "few" form: 0,5 года), else its unit text, else the code.
 */
export function unitWord(code: string | undefined, text: string | undefined, amount?: string): string | undefined {
  const forms = code === undefined ? undefined : COUNTED_UNITS[code];
  if (forms) {
    const n = Number(amount);
    const rule = Number.isInteger(n) ? PLURAL.select(n) : 'few';
    return rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2];
  }
  const word = code === undefined ? undefined : UNIT_WORDS[code];
  return word ?? text ?? code;
}

/** A value or a range with its unit: "200 000 000 000 долл. США", "от 40 %", "10–20 лет". */
export function formatQuantity(q: { value?: string; min?: string; max?: string; unit?: string }): string | undefined {
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.value !== undefined) return `${formatNumber(q.value)}${unit}`;
  if (q.min !== undefined && q.max !== undefined) return `${formatNumber(q.min)}–${formatNumber(q.max)}${unit}`;
  if (q.min !== undefined) return `не менее ${formatNumber(q.min)}${unit}`;
  if (q.max !== undefined) return `не более ${formatNumber(q.max)}${unit}`;
  return undefined;
}
