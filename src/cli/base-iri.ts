import { InvalidArgumentError } from 'commander';

/** Parses --base: an absolute http(s) IRI ending with / or #, without characters IRIs forbid. */
export function parseBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not an absolute IRI; give one such as https://data.example.org/news/`);
  }
  if (!/^https?:$/.test(url.protocol) || /[\s<>"{}|^`\\]/.test(value)) {
    throw new InvalidArgumentError(`"${value}" must be an http(s) IRI without spaces or <>"{}|^\`\\`);
  }
  return /[/#]$/.test(value) ? value : value + '/';
}
