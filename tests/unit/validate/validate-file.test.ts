import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { formatOfFile, validateFile } from '../../../src/validate/validate-file.js';

describe('validateFile', () => {
  it.each([
    ['a.model.json', 'model'],
    ['a.json', 'model'],
    ['a.jsonld', 'jsonld'],
    ['a.ttl', 'turtle'],
    ['a.trig', 'trig'],
    ['a.nq', 'nquads'],
    ['a.nt', 'nquads'],
    ['a.txt', undefined],
  ])('tells %s holds %s', (file, format) => {
    expect(formatOfFile(file)).toBe(format);
  });

  it('refuses an extension it does not know with an input error', async () => {
    await expect(validateFile('notes.txt', 'x')).rejects.toBeInstanceOf(InputError);
    await expect(validateFile('notes.txt', 'x')).rejects.toMatchObject({ code: 'exporter.input.unknownFormat', exitCode: 3 });
  });

  it('checks a model JSON as a model', async () => {
    const [problem] = await validateFile('a.model.json', '{}');
    expect(problem?.place).toMatch(/^\$\.(iri|base|source|text)/);
  });
});
