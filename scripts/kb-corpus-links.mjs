// Reads the Wikidata links of the shared corpora and compares them with KB entries.
// Names on both sides are lemmatized word by word with az (OpenCorpora), then folded.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

function initAz(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const Az = require('az');
  return new Promise((resolve, reject) =>
    Az.Morph.init(path.join(path.dirname(require.resolve('az/package.json')), 'dicts'), (err) => (err ? reject(err) : resolve(Az))),
  );
}

function makeKey(Az, foldName) {
  const cache = new Map();
  const lemma = (word) => {
    if (!cache.has(word)) {
      const parses = /\p{Lu}{2,}/u.test(word) ? [] : Az.Morph(word);
      cache.set(word, foldName(parses[0]?.normalize()?.word ?? word));
    }
    return cache.get(word);
  };
  return (text) => foldName(text).split(/[\s]+/).filter(Boolean).map(lemma).join(' ');
}

function* nerelLinks(dir) {
  for (const split of ['train', 'dev']) {
    const folder = path.join(dir, split);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ann'))) {
      const lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
      const spans = new Map();
      for (const line of lines) {
        const m = /^(T\d+)\t(\S+) [\d; ]+\t(.*)$/.exec(line);
        if (m) spans.set(m[1], { type: m[2], text: m[3] });
      }
      for (const line of lines) {
        const m = /^N\d+\tReference (T\d+) Wikidata:(Q\d+)/.exec(line);
        if (m && spans.has(m[1])) yield { ...spans.get(m[1]), qid: m[2] };
      }
    }
  }
}

function* factRuLinks(dir) {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.coref'))) {
    for (const block of readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/)) {
      const qid = /^wikidata (Q\d+)\s*$/m.exec(block)?.[1];
      if (!qid) continue;
      for (const m of block.matchAll(/^name (.+)$/gm)) yield { type: '*', text: m[1].trim(), qid };
    }
  }
}

/** key → type → qid → {count, texts} */
function indexLinks(links, key) {
  const index = new Map();
  let mentions = 0;
  for (const link of links) {
    mentions++;
    for (const k of new Set([key(link.text), link.text.trim()])) {
      const byType = index.get(k) ?? new Map();
      index.set(k, byType);
      const byQid = byType.get(link.type) ?? new Map();
      byType.set(link.type, byQid);
      byQid.set(link.qid, (byQid.get(link.qid) ?? 0) + 1);
    }
  }
  return { index, mentions };
}

function linksFor(entry, index, key, corpusTypes) {
  const types = corpusTypes[entry.type] ?? [];
  const counts = new Map();
  const names = [...new Set([entry.name, ...entry.aliases].map(key)), ...entry.abbreviations];
  for (const name of names) {
    for (const [type, byQid] of index.get(name) ?? []) {
      if (type !== '*' && !types.includes(type)) continue;
      for (const [qid, n] of byQid) counts.set(qid, (counts.get(qid) ?? 0) + n);
    }
  }
  return counts;
}

const describe = (counts) => [...counts].sort((a, b) => b[1] - a[1]).map(([q, n]) => `${q}×${n}`).join(' ');

export async function compareWithCorpora(records, { sharedDir, root, corpusTypes }) {
  const Az = await initAz(root);
  const { foldName } = await import(path.join(root, 'dist/kb/fold.js'));
  const key = makeKey(Az, foldName);
  const nerel = path.join(sharedDir, 'corpora/nerel-1.1');
  const factru = path.join(sharedDir, 'corpora/factru-2016/devset');
  const sources = [existsSync(nerel) && 'NEREL v1.1 train+dev', existsSync(factru) && 'factRuEval-2016 devset'].filter(Boolean);
  const { index, mentions } = indexLinks([...nerelLinks(nerel), ...factRuLinks(factru)], key);
  const verified = [];
  const disagreements = [];
  const suggestions = [];
  for (const { file, entry } of records) {
    const counts = linksFor(entry, index, key, corpusTypes);
    if (counts.size === 0) continue;
    const own = counts.get(entry.id) ?? 0;
    const best = Math.max(...counts.values());
    const line = `${file}: ${entry.id} ${entry.name} — corpus: ${describe(counts)}`;
    if (!entry.id.startsWith('Q')) suggestions.push({ file, entry, line });
    else {
      if (own > 0) verified.push({ file, entry });
      if (own < best || (own === 0 && counts.size > 0)) disagreements.push({ file, entry, line });
    }
  }
  return { mentions, sources, verified, disagreements, suggestions };
}
