import { beforeAll, describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/extract/metadata.js';
import { cutAtWord } from '../../../src/extract/statements/headline.js';
import { loadStatementKit, seg } from './statements-kit.js';

beforeAll(loadStatementKit);

describe('extractMetadata: headline and lead', () => {
  it('a short first line without a final period is the text’s own title; the lead is the next paragraph', () => {
    const m = extractMetadata(seg('Семья купила дом в Вашингтоне\nБывший президент с женой приобрели жильё недалеко от Белого дома в столице.\n\nДругой абзац.'));
    expect(m).toMatchObject({ headline: 'Семья купила дом в Вашингтоне', ownHeadline: true, description: 'Бывший президент с женой приобрели жильё недалеко от Белого дома в столице.' });
  });

  it('skips picture captions between the title and the lead', () => {
    const m = extractMetadata(seg('Умер известный композитор\nКомпозитор в 2010 году\nИзвестный польский композитор скончался в Кракове на 87-м году жизни, сообщили родные.'));
    expect(m.description).toMatch(/^Известный польский композитор/);
  });

  it('without a title: the lead’s first sentence when it fits, else its first clause', () => {
    const short = extractMetadata(seg('Президенты двух стран провели переговоры. Они обсудили торговлю и энергетику, а также образование и культуру.'));
    expect(short).toMatchObject({ headline: 'Президенты двух стран провели переговоры', ownHeadline: false });
    const long = extractMetadata(
      seg('Президент России и председатель КНР провели переговоры по видеосвязи, подтвердив курс на расширение сотрудничества и наметив планы на ближайший год.'),
    );
    expect(long.headline).toBe('Президент России и председатель КНР провели переговоры по видеосвязи');
  });

  it('cuts at a word boundary, never mid-word, within 110 characters', () => {
    const line = 'Очень '.repeat(30).trim();
    const cut = cutAtWord(line);
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('Очень…')).toBe(true);
  });
});

describe('extractMetadata: credits and correspondent', () => {
  it('reads the credit line as written and splits its items (agency/photographer)', () => {
    const m = extractMetadata(seg('Фото, видео: © РИА Новости/Вячеслав Прокофьев; 5-tv.ru\n\nЛидеры провели переговоры в Москве, обсудив торговлю и энергетику.', '2026-02-04'));
    expect(m.credit?.text).toBe('Фото, видео: © РИА Новости/Вячеслав Прокофьев; 5-tv.ru');
    expect(m.credit?.items.map((i) => [i.text, i.of])).toEqual([
      ['РИА Новости', undefined],
      ['Вячеслав Прокофьев', 0],
      ['5-tv.ru', undefined],
    ]);
    expect(m.headline).toBe('Лидеры провели переговоры в Москве, обсудив торговлю и энергетику');
  });

  it('finds the correspondent a report announces, not any journalist', () => {
    const s = seg('О чем еще говорили главы государств — расскажет корреспондент «Известий» Николай Иванов.');
    const c = extractMetadata(s).correspondent!;
    expect([c.role, s.tokens[c.roleToken]!.text]).toEqual(['корреспондент', 'корреспондент']);
    expect(extractMetadata(seg('Навальный поддержал журналиста «Медузы» Ивана Голунова.')).correspondent).toBeUndefined();
  });
});

describe('extractMetadata: the container’s title', () => {
  it('a title the reader found (HTML <title>, og:title) is the headline; the same line in the body is not the lead', async () => {
    const { parseArticleText } = await import('../../../src/read/read-article.js');
    const { segmentArticle } = await import('../../../src/segment/segment-article.js');
    const { loadMorphology } = await import('../../../src/segment/az-morphology.js');
    const doc = { ...parseArticleText('Путин провел совещание\nПрезидент обсудил с правительством подготовку бюджета на следующий год.', 'page.html'), title: 'Путин провел совещание' };
    const m = extractMetadata(segmentArticle(doc, await loadMorphology()));
    expect(m).toMatchObject({ headline: 'Путин провел совещание', ownHeadline: true, description: 'Президент обсудил с правительством подготовку бюджета на следующий год.' });
  });
});
