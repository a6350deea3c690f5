import type { EntityType } from '../model/entity.js';
import { EntityId } from '../model/ids.js';

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

const PREFIX: Readonly<Record<EntityType, string>> = {
  Person: 'person', Country: 'country', City: 'city', Region: 'region', Place: 'place', Organization: 'org',
};

/** ASCII slug of a name: Николай Иванов → nikolay-ivanov; ё and е give the same slug. */
export function slugify(name: string): string {
  const ascii = [...name.normalize('NFC').toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
  return ascii
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** A short stable hash (FNV-1a, base 36) for names without Latin or Cyrillic letters. */
function hashName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The id of an entity: wd/Q… when linked, else <kind>/<slug of the normalized name>. */
export function entityId(type: EntityType, name: string, qid?: string): EntityId {
  if (qid && /^Q[1-9]\d*$/.test(qid)) return EntityId.parse(`wd/${qid}`);
  const slug = slugify(name.replace(/ё/g, 'е').replace(/Ё/g, 'Е')) || `x${hashName(name)}`;
  return EntityId.parse(`${PREFIX[type]}/${slug}`);
}
