import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Article } from '../../src/model/article.js';
import { PROJECT_ROOT } from './shared.js';

export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'tests/fixtures');

/** The fixture folders (tests/fixtures/<case>/ with a model.json), sorted. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(FIXTURES_DIR, d.name, 'model.json')))
    .map((d) => d.name)
    .sort();
}

export function fixturePath(name: string, file: string): string {
  return resolve(FIXTURES_DIR, name, file);
}

export function readFixture(name: string, file: string): string {
  return readFileSync(fixturePath(name, file), 'utf8');
}

/** The fixture's model, validated. */
export function loadFixtureModel(name: string): Article {
  return Article.parse(JSON.parse(readFixture(name, 'model.json')));
}
