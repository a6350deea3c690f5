import { ng } from '../../vocab/newsgraph.js';
import { schema } from '../../vocab/schema.js';

/** What a page calls the things an article mentions; each category has its own colour. */
export type ThingCategory = 'person' | 'country' | 'place' | 'organization' | 'event' | 'work' | 'quote' | 'figure' | 'date' | 'thing';

/** The categories in the order the page explains them (legend, panels). */
export const CATEGORY_ORDER: readonly ThingCategory[] = ['person', 'country', 'place', 'organization', 'event', 'work', 'quote', 'figure', 'date'];

/** Russian names of the categories, for the legend and the popovers. */
export const CATEGORY_LABEL: Readonly<Record<ThingCategory, string>> = {
  person: 'Человек',
  country: 'Страна',
  place: 'Место',
  organization: 'Организация',
  event: 'Событие',
  work: 'Документ',
  quote: 'Цитата',
  figure: 'Число',
  date: 'Дата',
  thing: 'Объект',
};

/** rdf:type → category, most specific first: the first type of a node found here decides. */
const CATEGORY_OF_TYPE: readonly (readonly [string, ThingCategory])[] = [
  [schema.Person.value, 'person'],
  [schema.Country.value, 'country'],
  [schema.City.value, 'place'],
  [schema.State.value, 'place'],
  [schema.AdministrativeArea.value, 'place'],
  [schema.Continent.value, 'place'],
  [schema.BodyOfWater.value, 'place'],
  [schema.Landform.value, 'place'],
  [schema.LandmarksOrHistoricalBuildings.value, 'place'],
  [schema.GovernmentBuilding.value, 'place'],
  [schema.CivicStructure.value, 'place'],
  [schema.Place.value, 'place'],
  [schema.Organization.value, 'organization'],
  [schema.Event.value, 'event'],
  [schema.Quotation.value, 'quote'],
  [ng.ReportedSpeech.value, 'quote'],
  [schema.MonetaryAmount.value, 'figure'],
  [schema.QuantitativeValue.value, 'figure'],
  [ng.TimeExpression.value, 'date'],
  [schema.Legislation.value, 'work'],
  [schema.CreativeWork.value, 'work'],
];

/** The category of a node with these rdf:types ('thing' when none is known). */
export function categoryOf(types: readonly string[]): ThingCategory {
  for (const [type, category] of CATEGORY_OF_TYPE) if (types.includes(type)) return category;
  return 'thing';
}

/** Russian names of the specific types, for popovers and panels. */
const TYPE_LABEL: Readonly<Record<string, string>> = {
  [schema.City.value]: 'Город',
  [schema.State.value]: 'Регион',
  [schema.AdministrativeArea.value]: 'Регион',
  [schema.Continent.value]: 'Континент',
  [schema.BodyOfWater.value]: 'Водоём',
  [schema.Landform.value]: 'Природный объект',
  [schema.LandmarksOrHistoricalBuildings.value]: 'Достопримечательность',
  [schema.GovernmentBuilding.value]: 'Здание',
  [schema.CivicStructure.value]: 'Здание',
  [schema.GovernmentOrganization.value]: 'Государственная организация',
  [schema.NewsMediaOrganization.value]: 'СМИ',
  [schema.PoliticalParty.value]: 'Партия',
  [schema.Corporation.value]: 'Компания',
  [schema.EducationalOrganization.value]: 'Учебное заведение',
  [schema.ResearchOrganization.value]: 'Научная организация',
  [schema.SportsOrganization.value]: 'Спортивная организация',
  [schema.NGO.value]: 'Некоммерческая организация',
  [ng.ReportedSpeech.value]: 'Косвенная речь',
  [schema.MonetaryAmount.value]: 'Сумма',
  [schema.QuantitativeValue.value]: 'Величина',
  [schema.Legislation.value]: 'Правовой документ',
};

/** The most specific Russian label of a node's types, else its category's. */
export function typeLabelOf(types: readonly string[]): string {
  for (const type of types) {
    const label = TYPE_LABEL[type];
    if (label) return label;
  }
  return CATEGORY_LABEL[categoryOf(types)];
}
