import { z } from 'zod';
import { EntityId, LocalId } from './ids.js';
import { TemporalValue } from './temporal.js';
import { Entity } from './entity.js';
import { Event } from './event.js';
import { Quote } from './quote.js';
import { Figure } from './figure.js';
import { TimeExpression } from './time-expression.js';
import { Work } from './work.js';
import { Mention } from './mention.js';
import { checkReferences } from './check-references.js';

/** An absolute IRI without the characters Turtle and N-Quads forbid inside <…>. */
export const Iri = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\\u0000-\u0020]*$/, 'an absolute IRI (scheme:…) without spaces or <>"{}|^`\\');
export type Iri = z.infer<typeof Iri>;

export const MAX_HEADLINE = 110;

export const ArticleShape = z.object({
  /** The article's IRI: `<base>article/<slug>`. */
  iri: Iri,
  /** The base under which entity IRIs are minted. */
  base: Iri,
  /** The input file name (or another label for stdin, JSON Lines rows). */
  source: z.string().min(1),
  /** Where the article was published, when the input says. */
  url: Iri.optional(),
  /** The full input text (BOM removed, nothing else changed): every offset points into it. */
  text: z.string(),
  inLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as ru').default('ru'),
  datePublished: TemporalValue.optional(),
  headline: z.string().trim().min(1).max(MAX_HEADLINE).optional(),
  /** The lead. */
  description: z.string().trim().min(1).optional(),
  /** The credit line as written: "Фото, видео: © РИА Новости/Вячеслав Прокофьев; 5-tv.ru". */
  creditText: z.string().trim().min(1).optional(),
  publisher: EntityId.optional(),
  authors: z.array(EntityId).default([]),
  /** Credited contributors: photographers, agencies. */
  contributors: z.array(EntityId).default([]),
  /** The article's main event. */
  about: LocalId.optional(),
  entities: z.array(Entity).default([]),
  events: z.array(Event).default([]),
  quotes: z.array(Quote).default([]),
  figures: z.array(Figure).default([]),
  dates: z.array(TimeExpression).default([]),
  works: z.array(Work).default([]),
  mentions: z.array(Mention).default([]),
});

/** The article model: the single input of the graph stage, validated with every cross-reference. */
export const Article = ArticleShape.superRefine(checkReferences);
export type Article = z.infer<typeof Article>;
/** What a hand-edited model file may leave out (arrays default to empty). */
export type ArticleInput = z.input<typeof Article>;
