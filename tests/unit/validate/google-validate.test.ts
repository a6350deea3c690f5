import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { writeHtml } from '../../../src/serialize/html.js';
import { validateGoogle } from '../../../src/validate/google-validate.js';
import type { Problem } from '../../../src/validate/problem.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { Article } from '../../../src/model/article.js';
import { sampleArticle, sampleInput } from '../../helpers/sample-article.js';

const page = (json: object) => `<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify(json)}</script></head><body></body></html>`;

const complete = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  '@id': 'https://example.org/a/1',
  headline: 'Заголовок',
  image: ['https://example.org/1x1.jpg', 'https://example.org/16x9.jpg'],
  datePublished: '2026-02-04T08:00:00+03:00',
  dateModified: '2026-02-04T09:20:00+03:00',
  author: [{ '@type': 'Person', name: 'Николай Иванов', url: 'https://example.org/authors/ivanov' }],
  publisher: { '@type': 'NewsMediaOrganization', name: 'Известия', sameAs: 'https://www.wikidata.org/wiki/Q753932' },
  mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/a/1.html' },
};

const summary = (problems: readonly Problem[]) => problems.map((p) => `${p.severity}: ${p.place} ${p.message}`);

describe('validate --google on good pages', () => {
  it('finds nothing to say about a complete Article', async () => {
    expect(summary(await validateGoogle('good.html', page(complete)))).toEqual([]);
  });

  it('finds no error in newsgraph\'s own page, and says which recommendations it lacks', async () => {
    const problems = await validateGoogle('sample.html', writeHtml(buildGraph(sampleArticle())));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('image is recommended (none is required)');
    expect(messages).toContain('dateModified is recommended');
    expect(messages).toContain('"2025-03-12T10:30:00" has a time but no time zone');
    expect(messages).not.toContain('schema.org:');
  });
});

describe('validate --google on bad pages', () => {
  it('reports unknown types and properties as errors', async () => {
    const problems = summary(await validateGoogle('bad.html', page({ ...complete, '@type': ['NewsArticle', 'NewsArticel'], headLine: 'x' })));
    expect(problems).toContain('error: <https://example.org/a/1> a schema:NewsArticel schema.org: schema:NewsArticel is not a schema.org type');
    expect(problems).toContain('error: <https://example.org/a/1> schema:headLine schema.org: schema:headLine is not a schema.org property');
  });

  it('reports a property outside its domain, counting superclasses', async () => {
    const json = { ...complete, publisher: { '@type': 'Organization', '@id': 'https://example.org/o', name: 'Известия', jobTitle: 'издание' } };
    const problems = summary(await validateGoogle('bad.html', page(json)));
    expect(problems).toContain('error: <https://example.org/o> schema:jobTitle schema.org: schema:jobTitle is not a property of Organization (schema.org uses it on Person)');
    expect(problems.filter((p) => p.includes('schema:name'))).toEqual([]);
  });

  it('reports values outside the range: a place as author, a word as a date, text for a thing', async () => {
    const json = {
      ...complete,
      datePublished: 'вчера',
      author: [{ '@type': 'Place', '@id': 'https://example.org/p', name: 'Москва' }, 'Иван Петров'],
      about: 'переговоры',
    };
    const problems = summary(await validateGoogle('bad.html', page(json)));
    expect(problems).toContain('error: <https://example.org/a/1> schema:datePublished Google Article: "вчера" is not an ISO 8601 date or date-time');
    expect(problems.some((p) => p.startsWith('error: <https://example.org/a/1> schema:datePublished schema.org: expects Date or DateTime'))).toBe(true);
    expect(problems).toContain('error: <https://example.org/a/1> schema:author schema.org: expects Organization or Person, not a Place (<https://example.org/p>)');
    expect(problems).toContain('warning: <https://example.org/a/1> schema:author Google Article: author "Иван Петров" is text; Google recommends a Person or Organization with name');
    expect(problems).toContain('warning: <https://example.org/a/1> schema:about schema.org: expects Thing; the text "переговоры" is accepted only as a fallback');
  });

  it('warns about missing recommendations, long headlines, dates without zone and superseded terms', async () => {
    const json = { '@context': 'https://schema.org', '@type': 'Article', '@id': 'https://example.org/a/2', headline: 'д'.repeat(111), datePublished: '2026-02-04T08:00:00', author: { '@type': 'Person' }, citation: { '@type': 'Code', name: 'x' } };
    const problems = summary(await validateGoogle('bad.jsonld', JSON.stringify(json)));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the headline has 111 characters'),
        expect.stringContaining('"2026-02-04T08:00:00" has a time but no time zone'),
        expect.stringContaining('dateModified is recommended'),
        expect.stringContaining('image is recommended'),
        expect.stringContaining('author.name is recommended'),
        expect.stringContaining('author.url is recommended'),
        expect.stringContaining('schema:Code is superseded by schema:SoftwareSourceCode'),
      ]),
    );
    expect(problems.filter((p) => p.startsWith('error'))).toEqual([]);
  });

  it('says when there is no Article at all, and that model JSON is not its business', async () => {
    expect(summary(await validateGoogle('x.html', page({ '@context': 'https://schema.org', '@type': 'Person', name: 'x' })))).toEqual([
      "warning: graph Google Article: no Article, NewsArticle or BlogPosting: nothing for Google's Article features to read",
    ]);
    expect((await validateGoogle('x.model.json', '{}'))[0]?.message).toContain('not model JSON');
  });
});

describe('newsgraph validate --google', () => {
  it('adds the Google checks to the ordinary ones: exit 0 with warnings only, 4 with an error', async () => {
    const dir = tempDir();
    // A date without time: schemas/shapes.ttl reads a web-profile date-time (schema:Date) as no date (reported).
    const own = writeHtml(buildGraph(Article.parse({ ...sampleInput(), datePublished: { value: '2025-03-12', precision: 'day' } })));
    const good = join(dir, 'good.html');
    const bad = join(dir, 'bad.html');
    writeFileSync(good, own);
    writeFileSync(bad, own.replace('"inLanguage":', '"inLanguages":'));
    const ok = await runCli('validate', '--google', good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('warning: Google Article: image is recommended');
    const failed = await runCli('validate', '--google', bad);
    expect(failed.code).toBe(4);
    expect(failed.stdout).toContain('schema:inLanguages is not a schema.org property');
  });
});
