import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../../src/errors.js';
import type { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { loadKnowledgeBase, parseKbFile } from '../../../src/kb/load-knowledge-base.js';

let dir: string;
async function userFile(name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function loadError(file: string): Promise<InputError> {
  const error = await loadKnowledgeBase({ extraFiles: [file] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-kb-'));
});

describe('loadKnowledgeBase: the shipped files', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });

  it('reads every kb/*.json file', () => {
    expect(kb.size).toBeGreaterThan(1000);
    expect(kb.get('Q159')?.name).toBe('Россия');
    expect(kb.get('Q649')?.type).toBe('City');
  });

  it('validates every shipped file against the schema', async () => {
    const validated = await loadKnowledgeBase({ validateShipped: true });
    expect(validated.size).toBe(kb.size);
  });

  it('finds entries by folded name or alias (case, ё and dashes ignored)', () => {
    expect(kb.findByName('Китайская Народная Республика').map((e) => e.id)).toContain('Q148');
    expect(kb.findByName('поднебесная').map((e) => e.id)).toContain('Q148');
    expect(kb.findByName('Соединенные Штаты Америки').map((e) => e.id)).toContain('Q30');
    expect(kb.findByName('Ростов–на–Дону').map((e) => e.id)).toContain('Q908');
    expect(kb.findByName('Подмосковье').map((e) => e.id)).toContain('Q1697');
  });

  it('finds abbreviations case-sensitively', () => {
    expect(kb.findByAbbreviation('КНР').map((e) => e.id)).toEqual(['Q148']);
    expect(kb.findByAbbreviation('СПб').map((e) => e.id)).toEqual(['Q656']);
    expect(kb.findByAbbreviation('кнр')).toEqual([]);
  });

  it('finds entries by adjective', () => {
    expect(kb.findByAdjective('российский').map((e) => e.id)).toContain('Q159');
    expect(kb.findByAdjective('Немецкий').map((e) => e.id)).toContain('Q183');
  });
});

describe('loadKnowledgeBase: user files (--kb)', () => {
  it('adds new entries and merges an entry with a shipped id', async () => {
    const file = await userFile('user.json', [
      { id: 'Q159', type: 'Country', name: 'Россия', aliases: ['Страна Советов'], adjectives: ['русский'] },
      { id: 'local:city-zarechnyy', type: 'City', name: 'Заречный', containedIn: 'Q159' },
    ]);
    const kb = await loadKnowledgeBase({ extraFiles: [file] });
    const russia = kb.get('Q159');
    expect(russia?.aliases).toEqual(expect.arrayContaining(['Российская Федерация', 'Страна Советов']));
    expect(russia?.abbreviations).toContain('РФ');
    expect(kb.findByAdjective('русский').map((e) => e.id)).toEqual(['Q159']);
    expect(kb.findByName('Заречный')[0]?.id).toBe('local:city-zarechnyy');
  });

  it('rejects a malformed entry with a typed error naming the file and the JSON path', async () => {
    const file = await userFile('bad.json', { entries: [{ id: 'Q159', type: 'Country', name: 'Россия' }, { id: 'Moscow', type: 'City', name: 'Москва' }] });
    const error = await loadError(file);
    expect(error.code).toBe('exporter.kb.invalid');
    expect(error.exitCode).toBe(ExitCode.input);
    expect(error.details.file).toBe(file);
    expect(error.details.where).toBe('entries[1].id');
    expect(error.toLine()).toContain('entries[1].id');
  });

  it('rejects a file that is not JSON', async () => {
    const error = await loadError(await userFile('broken.json', '[{"id": "Q1",'));
    expect(error.code).toBe('exporter.kb.invalid');
    expect(error.message).toContain('not JSON');
  });

  it('reports a missing file as an input error', async () => {
    const error = await loadError(path.join(dir, 'missing.json'));
    expect(error.code).toBe('exporter.kb.notFound');
  });

  it('reports a wrong field type deep in an entry', () => {
    const text = JSON.stringify([{ id: 'Q7747', type: 'Person', name: 'Владимир Путин', roles: [{ title: 'президент', from: '7 мая 2000' }] }]);
    expect(() => parseKbFile(text, 'people.json')).toThrow(/roles\[0\]\.from/);
  });
});
