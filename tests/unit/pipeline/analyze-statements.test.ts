import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/model/build-article.js';
import { analyzeStatements } from '../../../src/pipeline/analyze-statements.js';
import { loadStatementKit, org, person, resolvedFor, seg } from '../extract/statements-kit.js';

beforeAll(loadStatementKit);

const TEXT = [
  'Фото: ТАСС',
  '',
  'Министр провел переговоры с коллегой по видеосвязи, обсудив поставки на 5,3 млн рублей.',
  '',
  '«Мы договорились о главном», — сказал Иван Сидоров. «Следующая встреча пройдет в сентябре в Москве».',
  '',
  'Газета «Известия» пишет, что договор уже подписан сторонами. Сегодня стороны обменялись документами.',
].join('\n');

describe('analyzeStatements', () => {
  it('gives parts the model stage accepts (every reference and offset checked)', () => {
    const s = seg(TEXT, '2026-02-04');
    const ivan = person('Иван Сидоров', 'ivan-sidorov');
    const resolved = resolvedFor(s, [{ surface: 'Иван Сидоров', entity: ivan }, { surface: 'Известия', entity: org('Известия', 'izvestiya', 'Q753932') }]);
    const st = analyzeStatements(s, resolved, {});
    const article = buildArticle({
      doc: s.doc,
      base: 'https://newsgraph.example/',
      metadata: st.metadata,
      entities: st.entities,
      events: st.events,
      quotes: st.quotes,
      figures: st.figures,
      dates: st.dates,
      works: st.works,
      mentions: [...resolved.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, ref: m.id })), ...st.mentions],
    });
    expect(article.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker])).toEqual([
      ['Мы договорились о главном', ivan.id],
      ['Следующая встреча пройдет в сентябре в Москве', ivan.id],
    ]);
    expect(article.figures).toEqual([expect.objectContaining({ kind: 'MonetaryAmount', value: 5.3e6, currency: 'RUB' })]);
    expect(article.dates.map((d) => d.date.value)).toEqual(['2026-09', '2026-02-04']);
    expect(article.creditText).toBe('Фото: ТАСС');
    expect(article.headline).toBe('Министр провел переговоры с коллегой по видеосвязи, обсудив поставки на 5,3 млн рублей');
    expect(article.mentions.filter((m) => m.kind === 'quote')).toHaveLength(3);
  });

  it('handles an empty body and text without statements', () => {
    const s = seg('Тихий день.');
    const st = analyzeStatements(s, { entities: [], mentions: [] }, {});
    expect([st.quotes, st.figures, st.dates, st.events]).toEqual([[], [], [], []]);
  });
});
