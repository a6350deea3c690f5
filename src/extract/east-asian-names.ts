import type { TokenView } from './token-view.js';

/**
 * Family names written first: common Chinese surnames in the Palladius transcription, Korean ones
 * in the Kontsevich system, Vietnamese ones in their usual Russian spelling. Authored from general
 * knowledge of the transcription systems; surnames that are also Russian function words when
 * capitalized at a sentence start (У, О, До, Со, Во, Е, Ю, Ан, Ма) and the French particle Ле are left out.
 */
const FAMILY_FIRST = new Set([
  // Chinese
  'Ли', 'Ван', 'Чжан', 'Лю', 'Чэнь', 'Ян', 'Хуан', 'Чжао', 'Чжоу', 'Сюй', 'Сунь', 'Ху', 'Го', 'Хэ', 'Гао', 'Линь', 'Ло', 'Чжэн',
  'Лян', 'Се', 'Сун', 'Тан', 'Хань', 'Фэн', 'Дэн', 'Цао', 'Пэн', 'Цзэн', 'Сяо', 'Тянь', 'Дун', 'Пань', 'Юань', 'Цай', 'Цзян',
  'Юй', 'Ду', 'Чэн', 'Вэй', 'Су', 'Люй', 'Дин', 'Жэнь', 'Лу', 'Яо', 'Шэнь', 'Чжун', 'Цуй', 'Тань', 'Фань', 'Ляо', 'Ши',
  'Цзинь', 'Цзя', 'Ся', 'Фу', 'Фан', 'Цзоу', 'Сюн', 'Бай', 'Мэн', 'Цинь', 'Цю', 'Хоу', 'Инь', 'Сюэ', 'Янь', 'Дуань', 'Лэй',
  'Лун', 'Тао', 'Мао', 'Хао', 'Гу', 'Гун', 'Шао', 'Цянь', 'Хун', 'Си', 'Вэнь', 'Чжу', 'Ми', 'Цзи',
  // Korean
  'Ким', 'Пак', 'Чхве', 'Чон', 'Кан', 'Чо', 'Юн', 'Чан', 'Лим', 'Хан', 'Со', 'Син', 'Квон', 'Хван', 'Сон', 'Хон', 'Мун', 'Пэк', 'Нам',
  // Vietnamese
  'Нгуен', 'Фам', 'Хоанг', 'Ву', 'Данг', 'Буй', 'Нго', 'Зыонг', 'Хо',
]);

/** The longest given name after the family name: Ким | Чен Ын. */
const MAX_GIVEN_WORDS = 2;
/** Syllabic given names are short: Пэн, Цзиньпин, Кэцян, Чен, Ын. */
const MAX_GIVEN_LETTERS = 8;

/**
 * Ли Пэн, Ким Чен Ын, Нгуен Фу Чонг: a family name from the list followed by one or two short
 * capitalized words the dictionary does not know. The token index after the given name, or undefined.
 */
export function familyFirstNameEnd(view: TokenView, i: number): number | undefined {
  const t = view.token(i);
  if (!t || t.kind !== 'word' || t.caps || !FAMILY_FIRST.has(t.text.replace(/ё/g, 'е'))) return undefined;
  let j = i + 1;
  while (j - i - 1 < MAX_GIVEN_WORDS && isSyllabicGivenWord(view, i, j)) j++;
  return j > i + 1 ? j : undefined;
}

function isSyllabicGivenWord(view: TokenView, i: number, j: number): boolean {
  const t = view.token(j);
  if (!t || t.kind !== 'word' || !t.upper || t.caps || !t.spaceBefore || !view.adjacent(i, j)) return false;
  if (t.text.length > MAX_GIVEN_LETTERS || !/^[А-ЯЁ][а-яё]*$/.test(t.text)) return false;
  return view.isUnknownWord(j) || FAMILY_FIRST.has(t.text);
}
