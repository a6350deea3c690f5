import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../pipeline/output-formats.js';

/** Parses `jsonld,ttl` (commander option parser): known names only, no duplicates, `all` for every format. */
export function parseFormats(value: string): Format[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (names.length === 1 && names[0] === 'all') return [...FORMATS];
  const out: Format[] = [];
  for (const n of names) {
    if (!(FORMATS as readonly string[]).includes(n)) {
      throw new InvalidArgumentError(`unknown format "${n}"; use a comma-separated list of ${FORMATS.join(', ')} (or all)`);
    }
    if (!out.includes(n as Format)) out.push(n as Format);
  }
  if (out.length === 0) throw new InvalidArgumentError(`no format given; use ${FORMATS.join(', ')}`);
  return out;
}
