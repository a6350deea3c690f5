import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/extract/entities.js';
import { buildGazetteerData } from '../../../src/extract/gazetteer-build.js';
import { GAZETTEER_INDEX_FILE, packGazetteer, unpackGazetteer } from '../../../src/extract/gazetteer-index.js';
import { Gazetteer } from '../../../src/extract/gazetteer.js';
import { derivedIndexPath, readDerivedIndex } from '../../../src/kb/derived-index.js';
import { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { segment, loadKit } from './entity-kit.js';

const kit = await loadKit();
const { kb } = kit;

const TEXT = [
  'Президент России Владимир Путин провёл переговоры с председателем КНР Си Цзиньпином в Тяньцзине.',
  'В МИДе России заявили, что Госдума рассмотрит законопроект. Мария Захарова ответила журналистам.',
  'Российско-китайские отношения обсудили в Министерстве иностранных дел РФ и в мэрии Москвы.',
].join('\n');

describe('the packed gazetteer index (kb/derived/gazetteer.json)', () => {
  it('is current: packed from the shipped knowledge base (after a KB change: npx vitest run tests/unit/extract/gazetteer-index.test.ts --update)', async () => {
    expect(kb.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    const packed = packGazetteer(buildGazetteerData(kb), kb, kb.sourceHash!);
    await expect(`${JSON.stringify(packed)}\n`).toMatchFileSnapshot(derivedIndexPath(GAZETTEER_INDEX_FILE));
  });

  it('unpacks to the gazetteer it was packed from', () => {
    const packed = packGazetteer(buildGazetteerData(kb), kb, kb.sourceHash!);
    const unpacked = unpackGazetteer(JSON.parse(JSON.stringify(packed)), kb);
    expect(unpacked).toBeDefined();
    expect(packGazetteer(unpacked!, kb, kb.sourceHash!)).toEqual(packed);
  });

  it('matches a text exactly as the built gazetteer does', async () => {
    const index = await readDerivedIndex(GAZETTEER_INDEX_FILE);
    const read = unpackGazetteer(index, kb);
    expect(read).toBeDefined();
    const seg = segment(kit, TEXT);
    expect(extractEntities(seg, new Gazetteer(kb, read))).toEqual(extractEntities(seg, new Gazetteer(kb)));
  });

  it('is not used for another knowledge base', async () => {
    const index = await readDerivedIndex(GAZETTEER_INDEX_FILE);
    const other = new KnowledgeBase(kb.entries());
    expect(other.sourceHash).toBeUndefined();
    expect(unpackGazetteer(index, other)).toBeUndefined();
    expect(unpackGazetteer({ ...(index as object), kbHash: '0'.repeat(64) }, kb)).toBeUndefined();
  });
});
