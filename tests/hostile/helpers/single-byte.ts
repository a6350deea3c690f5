/**
 * Encoders for the single-byte Cyrillic code pages, built by inverting the platform's TextDecoder
 * (so tests need no iconv): the exact bytes a Windows-1251 or KOI8-R file would hold.
 */
const tables = new Map<string, Map<string, number>>();

function tableOf(label: string): Map<string, number> {
  let table = tables.get(label);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(label);
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(Uint8Array.of(b));
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
    }
    tables.set(label, table);
  }
  return table;
}

/** The text in a single-byte encoding; throws on a character the code page lacks. */
export function encodeSingleByte(text: string, label: 'windows-1251' | 'koi8-r' | 'windows-1252' | 'ibm866'): Uint8Array {
  const table = tableOf(label);
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${label} has no ${JSON.stringify(ch)}`);
    return b;
  });
}

/** KOI8-R has no guillemets, typographic dashes or quotes: what KOI8-R texts use instead. */
export function koi8Typography(text: string): string {
  return text.replace(/[«»„“”]/g, '"').replace(/[—–]/g, '-').replace(/…/g, '...').replace(/№/g, 'N');
}

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}
