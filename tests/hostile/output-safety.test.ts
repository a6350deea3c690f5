import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { articleIri } from '../../src/model/build-article.js';
import { Article } from '../../src/model/article.js';
import { renderArticle } from '../../src/pipeline/render-article.js';
import { entityId, slugify } from '../../src/resolve/entity-ids.js';
import { escapeHtml, escapeJsonForScript } from '../../src/serialize/script-escape.js';
import { schema } from '../../src/vocab/schema.js';
import { tempDir } from '../helpers/cli.js';
import { loadFixtureModel } from '../helpers/fixtures.js';
import { canonicalOfJsonLd, canonicalOfQuads, parseRdfText } from '../helpers/rdf.js';

/** Every character class that has to be escaped somewhere: quotes, backslashes, all C0 controls, DEL, C1, separators, astral. */
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const NASTY = `"'\\\\"""''' ${C0}\u007f\u0085\u2028\u2029 🙂𝔘 «»„“” </script><!-- ]]> & <b> {}|^\`  \${x} @prefix _:b <http://x/>`;
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/;
const CI = process.env.CI === 'true';
const hasRapper = spawnSync('rapper', ['--version']).status === 0;

/** The seed model with hostile strings in every kind of literal (and the text, appended so offsets hold). */
function hostileModel(): Article {
  const m = structuredClone(loadFixtureModel('seed')) as Article & Record<string, unknown>;
  const person = m.entities.find((e) => e.type === 'Person')!;
  return Article.parse({
    ...m,
    text: `${m.text}\n${NASTY}`,
    headline: `Заголовок ${NASTY}`.slice(0, 110),
    description: `Лид ${NASTY}`,
    creditText: `Фото: ${NASTY}`,
    entities: m.entities.map((e) => (e === person ? { ...e, name: `Имя ${NASTY}`, alternateNames: [NASTY] } : e)),
    quotes: [...m.quotes, { id: 'quote-99', text: NASTY, kind: 'direct', speaker: person.id, frame: NASTY }],
    mentions: [...m.mentions, { start: [...m.text].length + 1, end: [...m.text].length + 1 + [...NASTY].length, text: NASTY, kind: 'quote', ref: 'quote-99' }],
  });
}

const FORMATS = [
  ['ttl', 'Turtle', 'turtle', 'text/turtle'],
  ['trig', 'TriG', 'trig', 'application/trig'],
  ['nq', 'N-Quads', 'nquads', 'application/n-quads'],
] as const;

describe('output safety: literals with every character that needs escaping', () => {
  const article = hostileModel();
  const out = renderArticle(article, ['ttl', 'trig', 'nq', 'jsonld', 'html']);

  it.each(FORMATS)('%s round-trips through n3 and oxigraph with the exact literal values', (ext, n3Format, _rapper, mime) => {
    const quads = parseRdfText(out[ext]!, n3Format);
    const names = quads.filter((q) => q.predicate.equals(schema.name)).map((q) => q.object.value);
    expect(names).toContain(`Имя ${NASTY}`);
    expect(quads.some((q) => q.object.value === `${loadFixtureModel('seed').text}\n${NASTY}`)).toBe(true);
    const store = new oxigraph.Store();
    store.load(out[ext]!, { format: mime });
    expect(store.size).toBe(quads.length);
    (store as unknown as { free?: () => void }).free?.();
  });

  it.each(FORMATS)('%s passes rapper (raptor2), an independent parser', (ext, _n3, rapperFormat) => {
    if (!hasRapper) {
      expect(CI, 'rapper (raptor2-utils) must be installed in CI').toBe(false);
      return;
    }
    const file = join(tempDir(), `out.${ext}`);
    writeFileSync(file, out[ext]!);
    expect(() => execFileSync('rapper', ['-q', '-c', '-i', rapperFormat, pathToFileURL(file).href], { stdio: 'pipe' })).not.toThrow();
  });

  it('JSON-LD holds the same graph as the Turtle', async () => {
    expect(await canonicalOfJsonLd(JSON.parse(out.jsonld!))).toBe(await canonicalOfQuads(parseRdfText(out.ttl!, 'Turtle')));
  });

  it('the HTML page: its JSON-LD parses back and cannot end the script; the text is escaped', () => {
    const html = out.html!;
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)!;
    expect(m[1]).not.toMatch(/<|>|&|[\u2028\u2029\u007f-\u009f]/);
    expect(JSON.stringify(JSON.parse(m[1]!))).toContain('Имя');
    expect(html).not.toContain('</script><!--');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/);
  });
});

describe('output safety: escaping functions', () => {
  it('escapeJsonForScript keeps the JSON value and leaves nothing that ends a script', () => {
    const value = { s: NASTY, t: '\u0085\u009f\ufffe\uffff\u007f' };
    const safe = escapeJsonForScript(JSON.stringify(value));
    expect(JSON.parse(safe)).toEqual(value);
    expect(safe).not.toMatch(/[<>&\u2028\u2029\u007f-\u009f\ufffe\uffff]/);
  });

  it('escapeHtml replaces what HTML cannot carry, one character for one', () => {
    expect(escapeHtml('a\u0000b\u0007c\ud800d\u0085e"<')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde&quot;&lt;');
  });
});

describe('output safety: minted IRIs', () => {
  it.each([
    'с пробелами', 'quote"d', "apo'strophe", 'hash#tag', 'per%20cent', '100%', 'ask?', 'кириллица', '🙂 emoji', '<angle>', 'back\\slash',
    'amp&er', 'brace{}|^`', ' leading', 'new\nline', 'tab\there', 'ctrl\u0001', 'rlo\u202eevil', 'И\u0306-nfd', 'x'.repeat(250),
  ])('the article IRI of a file named %j is percent-encoded', (stem) => {
    const iri = articleIri('https://newsgraph.example/', stem);
    expect(iri).not.toMatch(IRI_FORBIDDEN);
    expect(decodeURIComponent(iri.slice('https://newsgraph.example/article/'.length))).toBe(stem);
  });

  it.each(['Жан-Поль О’Нил', '"Газпром"', 'Компания <Рога & Копыта>', '🙂🙂', '\u0000\u0001', '中文', 'ШОС', '   ', 'Ёлкин', 'Д’Артаньян', 'a\u0301b'])(
    'the entity id of %j is URL-safe',
    (name) => {
      const id = entityId('Person', name);
      expect(id).toMatch(/^person\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slugify(name)).not.toMatch(/[^a-z0-9-]/);
    },
  );
});
