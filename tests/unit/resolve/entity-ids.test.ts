import { describe, expect, it } from 'vitest';
import { entityId, slugify } from '../../../src/resolve/entity-ids.js';

describe('entity ids', () => {
  it('transliterates Russian names into ASCII slugs', () => {
    expect(slugify('Николай Иванов')).toBe('nikolay-ivanov');
    expect(slugify('Щёлково-Юг')).toBe('shchelkovo-yug');
    expect(slugify('Ёлкин')).toBe(slugify('Елкин'));
  });

  it('uses the QID when there is one, else the kind and the slug', () => {
    expect(entityId('Person', 'Владимир Путин', 'Q7747')).toBe('wd/Q7747');
    expect(entityId('Organization', 'Союз координационных советов')).toBe('org/soyuz-koordinatsionnykh-sovetov');
    expect(entityId('Person', '章莹颖')).toMatch(/^person\/x[0-9a-z]+$/);
  });
});
