import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { KbFile, type KbEntry } from './entry.js';
import { KnowledgeBase } from './knowledge-base.js';
import { mergeEntryLists } from './merge-entries.js';

export interface LoadKnowledgeBaseOptions {
  /** User files (`--kb FILE`), merged after the shipped KB in the order given. */
  extraFiles?: string[];
  /** The folder of shipped files; defaults to the package's kb/. */
  kbDir?: string;
  /**
   * Validate the shipped files with zod too (about 20 ms per 1,000 entries). Off by default:
   * they are validated by the tests and scripts/check-kb.mjs, and only get list defaults filled.
   */
  validateShipped?: boolean;
}

/** The package root: this file is src/kb/… or dist/kb/…, two levels below it. */
export function shippedKbDir(): string {
  return fileURLToPath(new URL('../../kb/', import.meta.url));
}

const MAX_PROBLEMS = 5;

function formatPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`),
    '',
  );
}

/** The first problems of a failed parse, each as `path: message`, deepest union branch first. */
export function describeKbProblems(error: z.ZodError): string[] {
  const problems: string[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
        visit(deepest, [...prefix, ...issue.path]);
      } else problems.push(`${formatPath([...prefix, ...issue.path]) || '(root)'}: ${issue.message}`);
    }
  };
  visit(error.issues, []);
  return problems.slice(0, MAX_PROBLEMS);
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

function invalid(file: string, message: string, problems: string[], cause?: unknown): InputError {
  return new InputError(
    `invalid knowledge base file: ${message}`,
    'exporter.kb.invalid',
    { file, where: problems[0]?.split(':')[0], problems, hint: 'see kb/README.md for the format' },
    { cause },
  );
}

/** Parses and validates one KB file's text; throws InputError exporter.kb.invalid. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(file, `not JSON (${(error as Error).message})`, [], error);
  }
}

export function parseKbFile(text: string, file: string): KbEntry[] {
  const json = parseJson(text, file);
  const parsed = KbFile.safeParse(json);
  if (!parsed.success) {
    const problems = describeKbProblems(parsed.error);
    throw invalid(file, problems.join('; '), problems);
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.entries;
}

const LIST_DEFAULTS = ['aliases', 'abbreviations', 'latinNames', 'adjectives', 'roles'] as const;

/** Shipped files are trusted: fill the defaults zod would, check only the shape that indexing needs. */
export function readTrustedKbFile(text: string, file: string): KbEntry[] {
  const json = parseJson(text, file);
  const list = Array.isArray(json) ? json : (json as { entries?: unknown }).entries;
  if (!Array.isArray(list)) throw invalid(file, 'no entries array', ['(root): expected an array or { entries: [...] }']);
  return list.map((raw: Record<string, unknown>, index) => {
    if (typeof raw?.id !== 'string' || typeof raw.name !== 'string' || typeof raw.type !== 'string') {
      throw invalid(file, 'entry without id, type or name', [`entries[${index}]: id, type and name are required`]);
    }
    const entry = { ...raw } as Record<string, unknown>;
    for (const key of LIST_DEFAULTS) entry[key] ??= [];
    return entry as unknown as KbEntry;
  });
}

async function readKbText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read knowledge base file: ${(error as Error).message}`, 'exporter.kb.notFound', { file }, { cause: error });
  }
}

/** The hash derived indexes name: of the shipped files' names and texts, in order. */
export function hashKbFiles(files: readonly { name: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const { name, text } of files) hash.update(`${name}\n${text}\n`);
  return hash.digest('hex');
}

/** The shipped kb/*.json files, in name order. */
export async function listShippedKbFiles(kbDir = shippedKbDir()): Promise<string[]> {
  const names = await readdir(kbDir);
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => path.join(kbDir, name));
}

/**
 * Reads the shipped knowledge base and the user's files, validates each, and indexes them.
 * A user entry with the id of a shipped one merges into it (its fields win, lists are united).
 */
export async function loadKnowledgeBase(options: LoadKnowledgeBaseOptions = {}): Promise<KnowledgeBase> {
  const shipped = await listShippedKbFiles(options.kbDir);
  const trusted = !options.validateShipped;
  const extra = options.extraFiles ?? [];
  const [shippedTexts, extraTexts] = await Promise.all([Promise.all(shipped.map(readKbText)), Promise.all(extra.map(readKbText))]);
  const lists = [
    ...shipped.map((file, i) => (trusted ? readTrustedKbFile(shippedTexts[i]!, file) : parseKbFile(shippedTexts[i]!, file))),
    ...extra.map((file, i) => parseKbFile(extraTexts[i]!, file)),
  ];
  const sourceHash = trusted && extra.length === 0 ? hashKbFiles(shipped.map((file, i) => ({ name: path.basename(file), text: shippedTexts[i]! }))) : undefined;
  return new KnowledgeBase(mergeEntryLists(lists), sourceHash ? { sourceHash } : {});
}
