// Pieces the hostile inputs are made of.

/** Starts of binary files (the rest of the file is random bytes). */
export const BINARY_SAMPLES = [
  [...Buffer.from('%PDF-1.7\n%')],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46],
  [...Buffer.from('GIF89a')],
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
  [0x1f, 0x8b, 0x08, 0x00],
  [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [...Buffer.from('{\\rtf1\\ansi\\deff0 ')],
  [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
];

/** Quote marks alone and in odd combinations: unclosed, nested, reversed. */
export const QUOTE_SOUP = [
  '«', '»', '„', '“', '”', '"', "'", '‘', '’', '‹', '›', '«««', '»»»', '«Незакрытая цитата', 'конец цитаты»',
  '„Немецкие “кавычки', '«вложенные „кавычки“ внутри»', '"прямые" "кавычки', '«»', '""', "'одинарные", '«— сказал он.',
  '«Мы готовы», — сказал', '— «Да», —', ':«', '»:', '«!»', '«\n»',
];

/** Text that means something to a parser, a template engine or a shell; it must stay text. */
export const INJECTIONS = [
  '</script>', '<script>alert(1)</script>', '<!--', '-->', '<![CDATA[', ']]>', '<img src=x onerror=alert(1)>', '&amp;', '&#0;', '&lt;',
  '${process.exit(1)}', '{{constructor.constructor("return process")()}}', '`rm -rf /`', '$(reboot)', '"; DROP TABLE articles; --',
  '"""', "'''", '\\"', '\\u0022', '\\n', '\\', '\\\\', '"@ru', '^^xsd:string', '<http://evil.example/> <p> "o" .', '@prefix x: <y> .',
  '_:b0', '#', '%00', '%E2%80%AE', '{"@context": "http://evil.example/"}', '"@id": "x"', 'javascript:alert(1)', 'data:text/html,<b>',
  '\u2028', '\u2029', '</title>', '<style>', '<?xml version="1.0"?>', 'SELECT * WHERE { ?s ?p ?o }',
];

/** Unicode that breaks naive code: astral characters, joiners, combining marks, bidi controls, other scripts. */
export const UNICODE_SOUP = [
  '🙂', '👨‍👩‍👧‍👦', '🇷🇺', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎𠜱', 'й', 'и\u0306', 'Путин\u0301', 'е\u0308ж', 'a\u0300\u0301\u0302\u0303',
  '\u202eперевёрнутый\u202c', '\u2066изолят\u2069', 'עברית', 'العربية', '中文新闻', '日本語', 'Ελληνικά', 'Ｆｕｌｌ－ｗｉｄｔｈ',
  '\u200b', '\u200d', '\u00ad', '\ufeff', '\u2060', 'ﬁ', 'ǅ', 'Ꙗ', 'ѣ', '\u{1F600}\u{1F3FD}', '\u{E0001}', '\u{10FFFD}',
  '\u00a0', '\u3000', '—', '–', '…', '№', '°', '€', '₽',
];

/** Numbers an extractor may choke on. */
export const NUMBERS = [
  '999 999 999 999 999 999 999 рублей', '1e308 долларов', '0,000000000001 евро', '-5 градусов', '100500%', '1/0', '10^400',
  '3,14159265358979323846264338327950288 млн', '12 345 678,90 руб.', '½ бюджета', '٣ تريليون', '1 000 000 000 000 000 000 000 000 000 тонн',
  '15 % годовых', '2,5–3,5 трлн', 'NaN рублей', 'Infinity долларов', '0x1F млн', '00000000042 тыс.',
];

/** Date headers that are not dates. */
export const BAD_DATES = [
  '2026-13-01', '2026-02-30', '2025-02-29', '0000-01-01', '2026-02-04T24:00', '2026-02-04T10:61', '2026-2-4', '26-02-04',
  '+2026-02-04', '20260204', '2026/02/04', 'вчера', '04.02.2026', '２０２６-０２-０４', '2026‐02‐04', '"><script>',
  '\u001b[2J', '9'.repeat(500), '2026-02-04\u202e', 'null', 'undefined', '${date}',
];

/** File names a batch meets: spaces, quotes, IRI-reserved and control characters, other scripts. */
export const ODD_NAMES = [
  'с пробелами.txt', 'quote"d.txt', "apo'strophe.txt", 'hash#tag.txt', 'per%20cent.txt', '100%.txt', 'ask?.txt', 'кириллица.txt',
  '🙂 emoji.txt', '<angle>.txt', 'back\\slash.txt', 'amp&er.txt', 'brace{}|^`.txt', '-dash.txt', ' leading space.txt',
  'trailing space .txt', 'Й-nfc.txt', 'И\u0306-nfd.txt', `${'x'.repeat(200)}.txt`, 'dots...txt', 'UPPER.TXT', 'new\nline.txt',
  'tab\there.txt', 'ctrl\u0001.txt', 'rlo\u202eevil.txt', 'sub dir/вложенная папка/файл.txt', 'a+b=c.txt', '[brackets].txt',
  '@at.txt', 'semi;colon.txt', 'comma,name.txt', 'star*.txt', 'equals==.txt', 'tilde~.txt', 'colon:name.txt', '中文.txt',
];
