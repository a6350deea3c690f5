import type { Token } from '../../segment/types.js';

/** What a unit word makes of a number. */
export interface Unit {
  readonly kind: 'MonetaryAmount' | 'QuantitativeValue' | 'Duration';
  readonly currency?: string;
  readonly unitCode?: string;
}

/** Currency nouns by the start of their forms; null: only with a qualifying adjective (кроны). */
const CURRENCY_STEMS: readonly (readonly [RegExp, string | null])[] = [
  [/^(доллар|долл$)/, 'USD'], [/^евро$/, 'EUR'], [/^(рубл|руб$)/, 'RUB'], [/^юан/, 'CNY'], [/^фунт/, 'GBP'],
  [/^[иий]ен/, 'JPY'], [/^франк/, 'CHF'], [/^(гривн|гривен)/, 'UAH'], [/^тенге$/, 'KZT'], [/^лир[аыу]?$/, 'TRY'],
  [/^рупи/, 'INR'], [/^шекел/, 'ILS'], [/^злот/, 'PLN'], [/^крон/, null], [/^драм/, 'AMD'], [/^лари$/, 'GEL'],
  [/^манат/, 'AZN'], [/^реал/, null], [/^песо$/, null], [/^дирхам/, 'AED'], [/^(риял|риал)/, null], [/^вон$/, null],
  [/^рингит/, 'MYR'], [/^сом(а|ов|ы)?$/, null], [/^сум(а|ов|ы)?$/, null], [/^(биткоин|биткойн)/, null],
];

/** Adjectives that pick the currency: гонконгских долларов → HKD. */
const CURRENCY_QUALIFIERS: readonly (readonly [RegExp, string])[] = [
  [/^гонконгск/, 'HKD'], [/^австралийск/, 'AUD'], [/^канадск/, 'CAD'], [/^сингапурск/, 'SGD'], [/^новозеландск/, 'NZD'],
  [/^тайваньск/, 'TWD'], [/^белорусск/, 'BYN'], [/^шведск/, 'SEK'], [/^норвежск/, 'NOK'], [/^чешск/, 'CZK'],
  [/^датск/, 'DKK'], [/^бразильск/, 'BRL'], [/^мексиканск/, 'MXN'], [/^аргентинск/, 'ARS'], [/^саудовск/, 'SAR'],
  [/^иранск/, 'IRR'], [/^катарск/, 'QAR'], [/^(южнокорейск|корейск)/, 'KRW'], [/^киргизск|^кыргызск/, 'KGS'],
  [/^узбекск/, 'UZS'], [/^туркменск/, 'TMT'], [/^турецк/, 'TRY'], [/^швейцарск/, 'CHF'], [/^исландск/, 'ISK'],
];

/** Coins that are a hundredth of a currency: 1 цент = 0.01 USD. */
const SUBUNITS: readonly (readonly [RegExp, string])[] = [[/^евроцент/, 'EUR'], [/^цент/, 'USD'], [/^копе[еяй]/, 'RUB']];

/** A coin word (цент, копейка): its currency; the value is a hundredth. */
export function subunitOf(word: Token | undefined): string | undefined {
  if (!word || word.kind !== 'word') return undefined;
  return SUBUNITS.find(([re]) => re.test(word.norm))?.[1];
}

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₴', 'UAH'], ['₸', 'KZT'], ['₹', 'INR'], ['₺', 'TRY'],
]);

const TIME_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(год|года|лет|году|годам|годами|годах)$/, 'ANN'], [/^месяц/, 'MON'], [/^недел/, 'WEE'],
  [/^(день|дня|дней|дню|днем|днях|сутки|суток|суткам)$/, 'DAY'], [/^(час|часа|часов|часу|часам|часами)$/, 'HUR'],
  [/^минут/, 'MIN'], [/^секунд/, 'SEC'],
];

const MEASURE_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(км|километр|километра|километров|километрах)$/, 'KMT'], [/^(метр|метра|метров|метрах)$/, 'MTR'],
  [/^(кг|килограмм|килограмма|килограммов)$/, 'KGM'], [/^(тонн|тонны|тонна|тонну|тоннах)$/, 'TNE'],
  [/^(литр|литра|литров)$/, 'LTR'], [/^(га|гектар|гектара|гектаров)$/, 'HAR'], [/^(процент|процента|процентов|процентам|процентах)$/, 'P1'],
];

/** The currency a noun names, with the adjective before it when one qualifies it. */
export function currencyOf(word: Token | undefined, before: Token | undefined, after: Token | undefined): string | undefined {
  if (!word || word.kind !== 'word') return undefined;
  const hit = CURRENCY_STEMS.find(([re]) => re.test(word.norm));
  if (!hit) return undefined;
  const qualifier = before && CURRENCY_QUALIFIERS.find(([re]) => re.test(before.norm));
  if (qualifier) return qualifier[1];
  if (hit[1] === 'USD' && after?.norm === 'сша') return 'USD';
  return hit[1] ?? undefined;
}

/** A time or measure unit noun (лет → ANN, процентов → P1, км → KMT). */
export function unitOf(word: Token | undefined): Unit | undefined {
  if (!word || word.kind !== 'word') return undefined;
  const time = TIME_UNITS.find(([re]) => re.test(word.norm));
  if (time) return { kind: 'Duration', unitCode: time[1] };
  const measure = MEASURE_UNITS.find(([re]) => re.test(word.norm));
  return measure ? { kind: 'QuantitativeValue', unitCode: measure[1] } : undefined;
}

/** Compound adjectives with a number: 80-летие, 25-летний, 12-часовой, 100-долларовой. */
const NUMBER_ADJECTIVES: readonly (readonly [RegExp, Unit])[] = [
  [/^(\d+(?:[.,]\d+)?)-(летие|летия|летию|летием|летии|летн\p{L}*)$/u, { kind: 'Duration', unitCode: 'ANN' }],
  [/^(\d+(?:[.,]\d+)?)-(часов\p{L}*)$/u, { kind: 'Duration', unitCode: 'HUR' }],
  [/^(\d+(?:[.,]\d+)?)-(дневн\p{L}*|суточн\p{L}*)$/u, { kind: 'Duration', unitCode: 'DAY' }],
  [/^(\d+(?:[.,]\d+)?)-(месячн\p{L}*)$/u, { kind: 'Duration', unitCode: 'MON' }],
  [/^(\d+(?:[.,]\d+)?)-(недельн\p{L}*)$/u, { kind: 'Duration', unitCode: 'WEE' }],
  [/^(\d+(?:[.,]\d+)?)-(процентн\p{L}*)$/u, { kind: 'QuantitativeValue', unitCode: 'P1' }],
  [/^(\d+(?:[.,]\d+)?)-(долларов\p{L}*)$/u, { kind: 'MonetaryAmount', currency: 'USD' }],
  [/^(\d+(?:[.,]\d+)?)-(рублев\p{L}*|рублёв\p{L}*)$/u, { kind: 'MonetaryAmount', currency: 'RUB' }],
  [/^(\d+(?:[.,]\d+)?)-(километров\p{L}*)$/u, { kind: 'QuantitativeValue', unitCode: 'KMT' }],
];

/** The value and unit of a compound adjective token such as 80-летие. */
export function numberAdjective(word: Token): { value: number; unit: Unit } | undefined {
  if (word.kind !== 'word' || !/^\d/.test(word.text)) return undefined;
  for (const [re, unit] of NUMBER_ADJECTIVES) {
    const m = re.exec(word.norm);
    if (m) return { value: Number(m[1]!.replace(',', '.')), unit };
  }
  return undefined;
}
