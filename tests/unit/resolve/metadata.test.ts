import { beforeAll, describe, expect, it } from 'vitest';
import type { KbEntry } from '../../../src/kb/entry.js';
import { analyzeStatements } from '../../../src/pipeline/analyze-statements.js';
import type { MediaLookup } from '../../../src/resolve/metadata.js';
import { loadStatementKit, org, person, resolvedFor, seg } from '../extract/statements-kit.js';

beforeAll(loadStatementKit);

const ria: KbEntry = { id: 'Q821172', type: 'Organization', name: 'РИА Новости', aliases: [], abbreviations: [], latinNames: [], adjectives: [], roles: [], orgKind: 'news-media' };
const fifth: KbEntry = { ...ria, id: 'Q7220288', name: 'Пятый канал', latinNames: ['5-tv.ru'] };
const kb: MediaLookup = {
  findByName: (t) => (t === 'РИА Новости' ? [ria] : []),
  findByLatinName: (t) => (t === '5-tv.ru' ? [fifth] : []),
  findByAbbreviation: () => [],
};

const TEXT = 'Фото, видео: © РИА Новости/Вячеслав Прокофьев; 5-tv.ru\n\nЛидеры провели переговоры. Подробности расскажет корреспондент «Известий» Николай Иванов.';

describe('resolveMetadata', () => {
  it('credited photographer and agency become contributors; the photographer works for the agency', () => {
    const s = seg(TEXT, '2026-02-04');
    const r = analyzeStatements(s, resolvedFor(s, []), { kb });
    expect(r.metadata.creditText).toBe('Фото, видео: © РИА Новости/Вячеслав Прокофьев; 5-tv.ru');
    expect(r.metadata.contributors).toEqual(['wd/Q821172', 'person/vyacheslav-prokofev', 'wd/Q7220288']);
    const photographer = r.entities.find((e) => e.id === 'person/vyacheslav-prokofev');
    expect(photographer).toMatchObject({ type: 'Person', name: 'Вячеслав Прокофьев', givenName: 'Вячеслав', familyName: 'Прокофьев', worksFor: ['wd/Q821172'] });
    expect(r.entities.find((e) => e.id === 'wd/Q821172')).toMatchObject({ type: 'Organization', name: 'РИА Новости', wikidata: 'Q821172' });
  });

  it('the correspondent is the author (job title, employer) and the outlet is the publisher', () => {
    const s = seg(TEXT, '2026-02-04');
    const izvestia = org('Известия', 'izvestiya', 'Q753932');
    const ivanov = person('Николай Иванов', 'nikolay-ivanov');
    const r = analyzeStatements(s, resolvedFor(s, [{ surface: 'Известий', entity: izvestia }, { surface: 'Николай Иванов', entity: ivanov }]), { kb });
    expect(r.metadata).toMatchObject({ authors: [ivanov.id], publisher: izvestia.id });
    expect(r.entities.find((e) => e.id === ivanov.id)).toMatchObject({ jobTitles: ['корреспондент'], worksFor: [izvestia.id] });
  });

  it('no publisher without a named outlet; no author without a correspondent', () => {
    const s = seg('Лидеры провели переговоры в Москве и обсудили торговлю.');
    const r = analyzeStatements(s, resolvedFor(s, []), {});
    expect(r.metadata).toMatchObject({ authors: [], contributors: [] });
    expect(r.metadata.publisher).toBeUndefined();
    expect(r.metadata.creditText).toBeUndefined();
  });
});
