import { InvalidArgumentError } from 'commander';

export const MAX_JOBS = 256;

/** Parses --jobs (commander option parser): a whole number from 1 to 256. */
export function parseJobs(value: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) {
    throw new InvalidArgumentError(`"${value}" is not a number of worker threads; give a whole number from 1 to ${MAX_JOBS}`);
  }
  return n;
}
