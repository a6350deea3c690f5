import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, entityOf, loadKit, type Kit } from '../extract/entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

describe('namesakes, spelling variants and roles without a date', () => {
  it('a famous name presented as a local resident is not linked to the famous person', () => {
    const r = analyze(kit, 'Свою кандидатуру выдвинул Михаил Горбачёв — местный житель, названный в честь бывшего президента СССР.');
    expect(entityOf(r, 'Михаил Горбачёв')).toMatchObject({ type: 'Person', name: 'Михаил Горбачёв' });
    expect(entityOf(r, 'Михаил Горбачёв')?.wikidata).toBeUndefined();
    expect(analyze(kit, 'Пенсионер Владимир Путин из Тулы выиграл в лотерею.').entities.some((e) => e.wikidata === 'Q7747')).toBe(false);
  });

  it('keeps the link when nothing presents the person as a namesake', () => {
    expect(entityOf(analyze(kit, 'Михаил Горбачёв — бывший президент СССР — дал интервью.'), 'Михаил Горбачёв')?.wikidata).toBe('Q30487');
    expect(entityOf(analyze(kit, 'Его назвали в честь Михаила Горбачёва.'), 'Михаила Горбачёва')?.wikidata).toBe('Q30487');
  });

  it('joins a transliteration variant with a doubled letter to the full name (Фолькер Буфье … Буффье)', () => {
    const r = analyze(kit, 'Премьер земли Гессен Фолькер Буфье выступил. «Я должен предположить», — сказал Буффье.');
    expect(entityOf(r, 'Буффье')?.id).toBe(entityOf(r, 'Фолькер Буфье')?.id);
  });

  it('without a date, a role description goes to the one linked person of the article who held the role', () => {
    const r = analyze(kit, 'Артиста поздравил Владимир Путин. В поздравлении президента России отмечены его заслуги.');
    expect(entityOf(r, 'президента России', 'description')?.wikidata).toBe('Q7747');
  });
});
