// Checks exported files with independent parsers: n3 (every RDF file), rapper (raptor2, every RDF
// file), oxigraph (every Turtle and N-Quads file), jsonld.js (JSON-LD ≅ Turtle, on a sample), the
// HTML page's JSON-LD (parses, cannot end its script element) and the NIF offsets of the model.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Parser, Writer } from 'n3';
import jsonld from 'jsonld';
import oxigraph from 'oxigraph';

const RDF_FORMATS = { ttl: ['Turtle', 'turtle', 'text/turtle'], trig: ['TriG', 'trig', 'application/trig'], nq: ['N-Quads', 'nquads', 'application/n-quads'] };
/** Characters no IRI may hold raw (RFC 3987 and the Turtle/N-Quads IRIREF production). */
const BAD_IRI = /[\u0000-\u0020<>"{}|^`\\]/;
/** Characters an HTML document cannot carry (controls other than \t \n \f \r, noncharacters, lone surrogates). */
const NOT_HTML_SAFE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Runs rapper on one file (given as a file: URI, so names with # or % stay names); resolves to an error or undefined. */
export function rapperCheck(file, ext) {
  return new Promise((resolve) => {
    execFile('rapper', ['-q', '-c', '-i', RDF_FORMATS[ext][1], pathToFileURL(file).href], { maxBuffer: 1 << 24 }, (error, _out, stderr) => {
      resolve(error ? `rapper: ${String(stderr || error.message).trim().split('\n').slice(0, 2).join(' | ')}` : undefined);
    });
  });
}

export function hasRapper() {
  return new Promise((resolve) => execFile('rapper', ['--version'], (e) => resolve(!e)));
}

/**
 * Parses with n3 (streaming: quads are not kept unless asked; n3 calls back asynchronously) and
 * checks every IRI. Resolves to [problems, quads].
 */
export function n3Check(text, ext, keep = false) {
  return new Promise((resolve) => {
    const kept = [];
    let bad;
    new Parser({ format: RDF_FORMATS[ext][0] }).parse(text, (error, q) => {
      if (error) return resolve([[`n3: ${error.message}`], []]);
      if (!q) return resolve([bad ? [`invalid IRI ${JSON.stringify(bad)}`] : [], kept]);
      if (keep) kept.push(q);
      for (const t of [q.subject, q.predicate, q.object, q.graph]) if (t.termType === 'NamedNode' && (BAD_IRI.test(t.value) || !/^[a-z][a-z0-9+.-]*:/i.test(t.value))) bad ??= t.value;
    });
  });
}

export function oxigraphCheck(text, ext) {
  let store;
  try {
    store = new oxigraph.Store();
    store.load(text, { format: RDF_FORMATS[ext][2], no_transaction: true });
    return store.size > 0 ? [] : ['oxigraph: loaded no quad'];
  } catch (e) {
    return [`oxigraph: ${String(e.message ?? e).split('\n')[0]}`];
  } finally {
    store?.free?.();
  }
}

/** The web JSON-LD of an HTML page: it parses, and nothing in the page can end the script early. */
export function htmlCheck(html) {
  const problems = [];
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/i.exec(html);
  if (!m) return ['html: no JSON-LD script element'];
  if (/<\/script|<!--/i.test(m[1])) problems.push('html: the JSON-LD holds </script or <!--');
  if (/[\u2028\u2029]/.test(m[1])) problems.push('html: the JSON-LD holds a raw U+2028/U+2029');
  try {
    JSON.parse(m[1]);
  } catch (e) {
    problems.push(`html: its JSON-LD does not parse: ${e.message}`);
  }
  if (NOT_HTML_SAFE.test(html)) problems.push('html: holds a character HTML cannot carry (a control character or a lone surrogate)');
  return problems;
}

/** Every mention's offsets (code points) slice the model's text to exactly the mention's text. */
export function nifCheck(model) {
  const points = [...model.text];
  for (const m of model.mentions ?? []) {
    const slice = points.slice(m.start, m.end).join('');
    if (slice !== m.text) return [`nif: mention ${m.start},${m.end} is ${JSON.stringify(slice.slice(0, 40))}, not ${JSON.stringify(m.text.slice(0, 40))}`];
  }
  return [];
}

/** JSON-LD and Turtle hold the same graph (RDFC-1.0 canonical N-Quads compared). */
export async function sameGraphCheck(jsonldText, ttlQuads, documentLoader) {
  try {
    const nq = new Writer({ format: 'N-Quads' }).quadsToString(ttlQuads);
    const opts = { algorithm: 'URDNA2015', format: 'application/n-quads' };
    const a = await jsonld.canonize(nq, { ...opts, inputFormat: 'application/n-quads' });
    const b = await jsonld.canonize(JSON.parse(jsonldText), { ...opts, documentLoader, safe: true });
    return a === b ? [] : ['jsonld: the JSON-LD and the Turtle hold different graphs'];
  } catch (e) {
    return [`jsonld: ${String(e.message ?? e).split('\n')[0]}`];
  }
}

/**
 * Validates the outputs of one article (`stem` is the path without extension). Returns problems.
 * `deep`: also compare JSON-LD with Turtle (jsonld.js, slow). `rapper`: run rapper too.
 */
export async function validateArticleOutputs(stem, { deep, rapper, documentLoader }) {
  const problems = [];
  const exts = Object.keys(RDF_FORMATS).filter((ext) => existsSync(`${stem}.${ext}`));
  const rappers = rapper ? exts.map((ext) => rapperCheck(`${stem}.${ext}`, ext).then((r) => (r ? [`${ext}: ${r}`] : []))) : [];
  let ttlQuads;
  for (const ext of exts) {
    const text = readFileSync(`${stem}.${ext}`, 'utf8');
    const [p, quads] = await n3Check(text, ext, deep && ext === 'ttl');
    problems.push(...p.map((x) => `${ext}: ${x}`));
    if (ext === 'ttl') ttlQuads = quads;
    if (ext !== 'trig') problems.push(...oxigraphCheck(text, ext).map((x) => `${ext}: ${x}`));
  }
  for (const r of await Promise.all(rappers)) problems.push(...r);
  if (existsSync(`${stem}.html`)) problems.push(...htmlCheck(readFileSync(`${stem}.html`, 'utf8')));
  if (existsSync(`${stem}.model.json`)) problems.push(...jsonCheck(`${stem}.model.json`, nifCheck));
  if (existsSync(`${stem}.jsonld`)) {
    problems.push(...jsonCheck(`${stem}.jsonld`, () => []));
    if (deep && ttlQuads) problems.push(...(await sameGraphCheck(readFileSync(`${stem}.jsonld`, 'utf8'), ttlQuads, documentLoader)));
  }
  return problems;
}

function jsonCheck(file, then) {
  try {
    return then(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    return [`${file.split('.').slice(-2).join('.')}: ${e.message}`];
  }
}
