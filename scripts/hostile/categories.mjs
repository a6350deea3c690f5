// The categories of hostile inputs: each makes one file's bytes and says what newsgraph should do
// with it (expect: export | refuse | either; reason: the refusal's error code suffix; text: the exact
// text an export must carry). `fixed` categories appear that many times, the others by weight.
import { BINARY_SAMPLES, INJECTIONS, ODD_NAMES, QUOTE_SOUP, UNICODE_SOUP, BAD_DATES, NUMBERS } from './samples.mjs';

const utf8 = (text) => Buffer.from(text, 'utf8');
const lossy = (bytes) => new TextDecoder('utf-8').decode(bytes);
const exportText = (text, bytes = utf8(text)) => ({ bytes, expect: 'export', text: text.replace(/^\uFEFF/, '') });
const refuse = (bytes, reason) => ({ bytes, expect: 'refuse', reason });

const singleByteTables = new Map();
/** Text in a single-byte code page (the platform's decoder, inverted). */
export function encodeSingleByte(text, label) {
  let table = singleByteTables.get(label);
  if (!table) {
    const d = new TextDecoder(label);
    table = new Map();
    for (let b = 0; b < 256; b++) {
      const ch = d.decode(Uint8Array.of(b));
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
    }
    singleByteTables.set(label, table);
  }
  return Uint8Array.from([...text], (ch) => table.get(ch) ?? 0x3f);
}

const koi8Typography = (t) => t.replace(/[«»„“”]/g, '"').replace(/[—–]/g, '-').replace(/…/g, '...').replace(/№/g, 'N');

function utf16(text, order, bom) {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

/** UTF-32 with its BOM. */
function utf32(text, little) {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0))];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (little ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

/** Inserts `pieces` at random places between words of `text`. */
function sprinkle(text, pieces, rnd) {
  const words = text.split(' ');
  for (const p of pieces) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, p);
  return words.join(' ');
}

const pickN = (list, n, rnd) => Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]);

export const CATEGORIES = [
  { name: 'clean', weight: 120, make: ({ news, rnd }) => ({ ...exportText(news.article()), path: rnd() < 0.2 ? `nested/${rnd() < 0.5 ? 'a' : 'b b'}/clean-${Math.floor(rnd() * 1e6)}.txt` : undefined }) },
  { name: 'bad-date-header', weight: 40, make: ({ news, rnd }) => exportText(` date ${pickN(BAD_DATES, 1, rnd)[0]} ${news.article({ header: false })}`) },
  { name: 'empty', weight: 20, make: ({ rnd }) => refuse(utf8(pickN(['', ' ', '\n\n\n', '\t \r\n', '\u00a0\u3000\u2009', '\ufeff', '\ufeff\u200b\u200d', '\u2028\u2029', ' \u000b\u000c '], 1, rnd)[0]), 'empty') },
  { name: 'header-only', weight: 5, make: ({ rnd }) => refuse(utf8(` date 2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)} ${rnd() < 0.5 ? '\n\n' : ''}`), 'empty') },
  { name: 'binary-signature', weight: 25, make: ({ rnd }) => refuse(Buffer.concat([Buffer.from(pickN(BINARY_SAMPLES, 1, rnd)[0]), randomBytes(rnd, 64 + Math.floor(rnd() * 4000))]), 'binary') },
  { name: 'random-bytes', weight: 15, make: ({ rnd }) => ({ bytes: randomBytes(rnd, 16 + Math.floor(rnd() * 8000)), expect: 'refuse', reason: ['binary', 'encoding'] }) },
  { name: 'nul-heavy', weight: 10, make: ({ news }) => refuse(utf8(news.paragraph().replace(/ /g, '\u0000 ')), 'binary') },
  { name: 'control-heavy', weight: 8, make: ({ news }) => refuse(utf8(news.paragraph().replace(/[ео]/g, '\u0001')), 'binary') },
  { name: 'windows-1251', weight: 50, make: ({ news }) => { const t = news.article(); return { bytes: encodeSingleByte(t, 'windows-1251'), expect: 'export', text: t }; } },
  { name: 'koi8-r', weight: 40, make: ({ news }) => { const t = koi8Typography(news.article()); return { bytes: encodeSingleByte(t, 'koi8-r'), expect: 'export', text: t }; } },
  { name: 'utf-16-bom', weight: 25, make: ({ news, rnd }) => { const t = news.article(); return { bytes: utf16(t, rnd() < 0.5 ? 'le' : 'be', true), expect: 'export', text: t }; } },
  { name: 'utf-16-no-bom', weight: 25, make: ({ news, rnd }) => { const t = news.article(); return { bytes: utf16(t, rnd() < 0.5 ? 'le' : 'be', false), expect: 'export', text: t }; } },
  { name: 'utf-8-bom', weight: 20, make: ({ news }) => exportText('\ufeff' + news.article()) },
  { name: 'short-single-byte', weight: 15, make: ({ news, rnd }) => { const t = news.sentence().split(' ').slice(0, 1 + Math.floor(rnd() * 3)).join(' '); return { bytes: encodeSingleByte(koi8Typography(t), rnd() < 0.5 ? 'windows-1251' : 'koi8-r'), expect: 'either', reason: 'encoding', text: koi8Typography(t) }; } },
  { name: 'latin-1', weight: 10, make: ({ rnd }) => refuse(encodeSingleByte(pickN(['Le président a signé un décret à Paris. Les élèves étaient déçus.', 'Die Bundesregierung hat über die Maßnahmen für Bürger entschieden. Schöne Grüße.', 'El presidente señaló que la economía crecerá este año. ¿Qué pasará mañana?'], 1, rnd)[0], 'windows-1252'), 'encoding') },
  { name: 'ibm866', weight: 5, make: ({ news }) => refuse(encodeSingleByte(koi8Typography(news.article()), 'ibm866'), 'encoding') },
  { name: 'utf-32', weight: 3, make: ({ news, rnd }) => refuse(utf32(news.sentence(), rnd() < 0.5), 'encoding') },
  { name: 'mixed-encodings', weight: 10, make: ({ news }) => refuse(Buffer.concat([utf8(news.paragraph() + '\n\n'), encodeSingleByte(news.paragraph(), 'windows-1251')]), 'encoding') },
  { name: 'truncated-utf-8', weight: 15, make: ({ news }) => { const b = utf8(news.article().trimEnd() + ' конец'); const cut = b.subarray(0, b.length - 1); return { bytes: cut, expect: 'export', text: lossy(cut) }; } },
  { name: 'cesu-surrogates', weight: 5, make: ({ news }) => { const b = Buffer.concat([utf8(news.article()), Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]), utf8(' хвост\n')]); return { bytes: b, expect: 'export', text: lossy(b) }; } },
  { name: 'control-characters', weight: 40, make: ({ news, rnd }) => exportText(sprinkle(news.article({ paragraphs: 5 }), pickN(['\u0000', '\u001b[31m', '\u000b', '\u000c', '\u007f', '\u0085', '\u0090', '\u0007', '\u0008', '\u001f'], 1 + Math.floor(rnd() * 3), rnd), rnd)) },
  { name: 'lone-surrogate-utf-16', weight: 10, make: ({ news }) => { const t = news.article(); const b = Buffer.concat([utf16(t.slice(0, 40), 'le', true), Buffer.from([0x3d, 0xd8]), Buffer.from(t.slice(40), 'utf16le')]); return { bytes: b, expect: 'export', text: `${t.slice(0, 40)}\uFFFD${t.slice(40)}` }; } },
  { name: 'unbalanced-quotes', weight: 50, make: ({ news, rnd }) => exportText(sprinkle(news.article(), pickN(QUOTE_SOUP, 2 + Math.floor(rnd() * 6), rnd), rnd)) },
  { name: 'markup-injection', weight: 50, make: ({ news, rnd }) => exportText(sprinkle(news.article(), pickN(INJECTIONS, 1 + Math.floor(rnd() * 4), rnd), rnd)) },
  { name: 'unicode', weight: 60, make: ({ news, rnd }) => { const t = sprinkle(news.article(), pickN(UNICODE_SOUP, 2 + Math.floor(rnd() * 5), rnd), rnd); return exportText(rnd() < 0.15 ? t.normalize('NFD') : t); } },
  { name: 'numbers', weight: 30, make: ({ news, rnd }) => exportText(sprinkle(news.article(), pickN(NUMBERS, 2 + Math.floor(rnd() * 4), rnd), rnd)) },
  { name: 'line-endings', weight: 15, make: ({ news, rnd }) => exportText(news.article().replace(/\n/g, rnd() < 0.5 ? '\r' : '\r\n').replace(/\. /g, rnd() < 0.5 ? '.\u2028' : '. ')) },
  { name: 'tiny', weight: 15, make: ({ rnd }) => exportText(pickN(['Я', '«»', '—', '42', '🙂', '?!', 'Ъ', '…', '№1', 'а б в', '"', '«', 'Москва.', '\u0301', 'x'], 1, rnd)[0]) },
  { name: 'odd-name', weight: 60, make: ({ news, occurrence }) => { const name = ODD_NAMES[occurrence % ODD_NAMES.length]; const header = name.includes('\n') ? ' date 2026-99-99 ' : ''; return { ...exportText(header + news.article({ header: false })), path: name }; } },
  { name: 'output-clash', fixed: 2, make: ({ news, occurrence }) => ({ ...exportText(news.article()), path: occurrence % 2 ? 'clash.TXT' : 'clash.txt', expect: 'either', reason: 'outputClash' }) },
  { name: 'long-line-2mb', fixed: 1, make: ({ news }) => exportText(longLine(news, 2 * 1024 * 1024)) },
  { name: 'long-line-no-punctuation', fixed: 1, make: ({ rnd }) => exportText(pickN(['слово', 'Москва', 'Путин', 'и', 'в', 'переговоры'], 40000, rnd).join(' ')) },
  { name: 'long-word', fixed: 1, make: ({ news }) => exportText(`${news.paragraph()} ${'а'.repeat(100000)} ${news.paragraph()}`) },
  { name: 'letter-runs', fixed: 2, make: ({ news, rnd }) => exportText(sprinkle(news.article(), Array.from({ length: 300 }, () => 'оаесн'[Math.floor(rnd() * 5)].repeat(5 + Math.floor(rnd() * 60))), rnd)) },
  { name: 'many-lines', fixed: 1, make: ({ news }) => exportText(Array.from({ length: 20000 }, (_, i) => (i % 50 === 0 ? news.sentence() : 'строка')).join('\n')) },
  { name: 'too-large', fixed: 1, make: ({ news }) => refuse(utf8(longLine(news, 3.2 * 1024 * 1024)), 'tooLarge') },
];

function longLine(news, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const s = news.sentence() + ' ';
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('').trimEnd();
}

function randomBytes(rnd, n) {
  return Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
}
