import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaArtifacts } from '../../../src/validate/schema-artifacts.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';

describe('the generated files of schemas/', () => {
  const artifacts = Object.entries(schemaArtifacts());

  it.each(artifacts)('%s is current (run `npm run schemas` after changing the model)', (name, content) => {
    const file = resolve(PROJECT_ROOT, 'schemas', name);
    expect(existsSync(file), `schemas/${name} exists`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('describes the model as an input: fields with defaults may be left out', () => {
    const schema = JSON.parse(schemaArtifacts()['article.schema.json']!);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['iri', 'base', 'source', 'text']);
    expect(schema.properties.mentions.default).toEqual([]);
  });
});
