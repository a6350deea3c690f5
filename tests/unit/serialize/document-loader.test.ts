import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { SerializationError } from '../../../src/errors.js';
import { createLocalDocumentLoader } from '../../../src/serialize/document-loader.js';
import { SCHEMAORG_CONTEXT } from '../../../src/serialize/schemaorg-context.js';

describe('createLocalDocumentLoader', () => {
  const load = createLocalDocumentLoader();

  it.each(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/', 'https://schema.org/docs/jsonldcontext.jsonld'])(
    'serves the project\'s schema.org context for %s',
    async (url) => {
      const remote = await load(url);
      expect(remote.documentUrl).toBe(url);
      expect(remote.document).toEqual(SCHEMAORG_CONTEXT);
    },
  );

  it.each(['https://example.org/context.jsonld', 'https://schema.org.evil.example/', 'file:///etc/passwd'])('refuses %s', async (url) => {
    await expect(load(url)).rejects.toBeInstanceOf(SerializationError);
    await expect(load(url)).rejects.toMatchObject({ code: 'exporter.serialization.remoteContext' });
  });

  it('makes jsonld.js fail, not fetch, on a foreign context', async () => {
    const doc = { '@context': 'https://example.org/ctx.jsonld', name: 'x' };
    const options = { documentLoader: load, safe: true } as unknown as Parameters<typeof jsonld.expand>[1];
    await expect(jsonld.expand(doc, options)).rejects.toMatchObject({
      details: { code: 'loading remote context failed', cause: { code: 'exporter.serialization.remoteContext' } },
    });
  });

  it('hands out copies, so a caller cannot change the served context', async () => {
    const first = (await load('https://schema.org')).document as { '@context': Record<string, unknown> };
    first['@context']['name'] = 'tampered';
    expect(((await load('https://schema.org')).document as typeof first)['@context']['name']).toBeUndefined();
  });
});
