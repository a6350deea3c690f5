import picomatch from 'picomatch';

/** A glob split into the folder to walk and a matcher for paths relative to it. */
export interface GlobPattern {
  /** The folder the walk starts in ('.' when the pattern starts with a wildcard). */
  readonly base: string;
  /** Whether the pattern can match below the first level of `base` (has `**` or a `/` after a wildcard). */
  readonly deep: boolean;
  /** Tests a path relative to `base`, with `/` separators. */
  readonly matches: (relative: string) => boolean;
}

/**
 * Splits `corpus/2024/**\/*.txt` into the folder `corpus/2024` and a matcher for `**\/*.txt`.
 * Dot files are not matched, as in a shell.
 */
export function compileGlob(pattern: string): GlobPattern {
  const scan = picomatch.scan(pattern.replaceAll('\\', '/'));
  const glob = scan.glob;
  const matcher = picomatch(glob, { dot: false });
  return {
    base: scan.base === '' ? '.' : scan.base,
    deep: glob.includes('**') || glob.includes('/'),
    matches: (relative) => matcher(relative),
  };
}
