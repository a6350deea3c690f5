#!/usr/bin/env node
// Fact checker for the knowledge base (kb/*.json). Not part of the runtime.
// Checks schema validity, duplicate ids, duplicate names within a type, references that point
// nowhere, and compares QIDs with the Wikidata links of the shared corpora when ../shared exists
// (NEREL v1.1 train+dev, factRuEval-2016 devset). Usage (after `npm run build`):
//   node scripts/check-kb.mjs [--verbose] [--shared DIR] [--kb DIR]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const verbose = args.includes('--verbose');
const kbDir = path.resolve(option('--kb', path.join(root, 'kb')));
const sharedDir = path.resolve(option('--shared', path.join(root, '..', 'shared')));

if (!existsSync(path.join(root, 'dist/kb/entry.js'))) {
  console.error('check-kb: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const { KbFile } = await import(path.join(root, 'dist/kb/entry.js'));
const { foldName } = await import(path.join(root, 'dist/kb/fold.js'));
const { describeKbProblems } = await import(path.join(root, 'dist/kb/load-knowledge-base.js'));

/** Corpus mention types that can name an entry of each KB type. */
const CORPUS_TYPES = {
  Country: ['COUNTRY', 'STATE_OR_PROVINCE', 'LOCATION'],
  City: ['CITY'],
  Region: ['STATE_OR_PROVINCE', 'COUNTRY', 'LOCATION', 'DISTRICT'],
  Place: ['LOCATION', 'FACILITY', 'DISTRICT', 'CITY'],
  Person: ['PERSON'],
  Organization: ['ORGANIZATION'],
};

function loadFiles() {
  const files = readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort();
  const result = [];
  let ok = true;
  for (const file of files) {
    let json;
    try {
      json = JSON.parse(readFileSync(path.join(kbDir, file), 'utf8'));
    } catch (error) {
      console.log(`✗ ${file}: not JSON: ${error.message}`);
      ok = false;
      continue;
    }
    const parsed = KbFile.safeParse(json);
    if (!parsed.success) {
      ok = false;
      console.log(`✗ ${file}: ${describeKbProblems(parsed.error).join('; ')}`);
      continue;
    }
    const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.entries;
    result.push({ file, entries });
  }
  return { result, ok };
}

function checkStructure(files) {
  const ids = new Map();
  const problems = { duplicateIds: [], duplicateNames: [], danglingRefs: [] };
  for (const { file, entries } of files) {
    for (const entry of entries) {
      if (ids.has(entry.id)) problems.duplicateIds.push(`${entry.id} in ${ids.get(entry.id).file} and ${file}`);
      else ids.set(entry.id, { file, entry });
    }
  }
  const names = new Map();
  for (const { entry } of ids.values()) {
    for (const name of new Set([entry.name, ...entry.aliases].map(foldName))) {
      const key = `${entry.type}\t${name}`;
      if (!names.has(key)) names.set(key, []);
      names.get(key).push(entry.id);
    }
  }
  for (const [key, list] of names) if (list.length > 1) problems.duplicateNames.push(`${key.replace('\t', ' «')}»: ${list.join(', ')}`);
  for (const { file, entry } of ids.values()) {
    const refs = [entry.containedIn, ...entry.roles.map((r) => r.of)].filter(Boolean);
    for (const ref of refs) if (!ids.has(ref)) problems.danglingRefs.push(`${file}: ${entry.id} (${entry.name}) → ${ref}`);
  }
  return { ids, problems };
}


function printList(title, list, limit = verbose ? Infinity : 15) {
  console.log(`\n${title}: ${list.length}`);
  for (const line of list.slice(0, limit)) console.log(`  ${line}`);
  if (list.length > limit) console.log(`  … ${list.length - limit} more (--verbose)`);
}

const { result: files, ok } = loadFiles();
console.log('Entries per file:');
for (const { file, entries } of files) {
  const qids = entries.filter((e) => e.id.startsWith('Q')).length;
  console.log(`  ${file.padEnd(22)} ${String(entries.length).padStart(5)} entries, ${qids} with a QID`);
}
const { ids, problems } = checkStructure(files);
printList('Duplicate ids', problems.duplicateIds);
printList('Names shared by entries of one type', problems.duplicateNames);
printList('References that point nowhere (containedIn, roles.of)', problems.danglingRefs);

if (existsSync(sharedDir)) {
  const { compareWithCorpora } = await import('./kb-corpus-links.mjs');
  const report = await compareWithCorpora([...ids.values()], { sharedDir, root, corpusTypes: CORPUS_TYPES });
  console.log(`\nCorpus links read: ${report.mentions} linked mentions (${report.sources.join(', ')})`);
  const byFile = new Map();
  for (const v of report.verified) byFile.set(v.file, (byFile.get(v.file) ?? 0) + 1);
  console.log('QIDs confirmed by a corpus link of one of their names:');
  for (const { file } of files) console.log(`  ${file.padEnd(22)} ${byFile.get(file) ?? 0}`);
  if (verbose) printList('Confirmed', report.verified.map((v) => `${v.file}: ${v.entry.id} ${v.entry.name}`));
  printList('Disagreements (a name of the entry is linked to other QIDs in the corpora)', report.disagreements.map((d) => d.line));
  printList('Unlinked entries whose names the corpora link (local: ids)', report.suggestions.map((d) => d.line));
} else console.log(`\n(no ${sharedDir}: corpus checks skipped)`);

const failed = !ok || problems.duplicateIds.length > 0;
console.log(failed ? '\ncheck-kb: FAILED (schema or duplicate ids)' : '\ncheck-kb: schema and ids OK');
process.exitCode = failed ? 1 : 0;
