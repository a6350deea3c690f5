import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses a size such as 500000, 512KB or 5MB (commander option parser). */
export function parseByteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError(`"${value}" is not a size; give bytes or a size such as 512KB or 5MB`);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 1) throw new InvalidArgumentError('the size must be at least one byte');
  return bytes;
}
