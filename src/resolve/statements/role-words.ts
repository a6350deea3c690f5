/**
 * Role nouns that name an unnamed source (собеседник, представитель, источник): they never stand
 * for a person named earlier, so a frame with one of them gets no speaker rather than a wrong one.
 */
export const ANONYMOUS_SOURCES: ReadonlySet<string> = new Set([
  'собеседник', 'источник', 'представитель', 'эксперт', 'очевидец', 'свидетель', 'пользователь', 'житель',
  'участник', 'сотрудник', 'аналитик', 'знакомый', 'человек', 'специалист', 'пресс-секретарь', 'спикер',
  'корреспондент', 'журналист', 'автор', 'читатель', 'зритель', 'слушатель', 'посетитель', 'пассажир',
  'прохожий', 'родственник', 'сосед', 'коллега', 'друг', 'подруга', 'врач', 'медик', 'адвокат', 'юрист',
  'прокурор', 'следователь', 'полицейский', 'военный', 'чиновник', 'депутат', 'сенатор', 'политолог',
  'экономист', 'собеседница', 'представительница', 'кто-то', 'никто', 'каждый', 'один', 'многие',
]);

/** Verbs whose subject cites somebody else: the speaker is their object (The Guardian цитирует пресс-службу). */
export const CITING_VERBS: ReadonlySet<string> = new Set(['цитировать', 'процитировать', 'приводить', 'привести']);

/** Impersonal verbs of speech: the source is the genitive after a noun of speech (в заявлении Ватикана говорится). */
export const IMPERSONAL_SPEECH: ReadonlySet<string> = new Set([
  'говориться', 'сообщаться', 'отмечаться', 'подчеркиваться', 'указываться', 'заявляться', 'цитироваться',
]);
