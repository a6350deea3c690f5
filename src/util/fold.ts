/** Lower case with ё folded to е: the key under which Russian words and names are compared. */
export function foldCase(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/** ё → е without changing case. */
export function foldYo(s: string): string {
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Collapses runs of white space (including no-break spaces) into one space and trims. */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
