import { z } from 'zod';
import { KbEntry, KbFile } from '../kb/entry.js';
import { Article } from '../model/article.js';
import { SCHEMAORG_CONTEXT } from '../serialize/schemaorg-context.js';

const SCHEMA_BASE = 'https://newsgraph.example/schemas/';

/**
 * The generated files of schemas/, by file name: the JSON Schemas of the model and of the knowledge
 * base (from zod, as input: fields with defaults may be left out) and the local schema.org context.
 * scripts/write-schemas.js writes them; a test checks that the committed files are current.
 */
export function schemaArtifacts(): Record<string, string> {
  return {
    'article.schema.json': jsonSchema(Article, 'article.schema.json', 'newsgraph article model', 'An article model (NAME.model.json): the input of `newsgraph render`. Cross-references and offsets are checked by `newsgraph validate`, beyond what this schema says.'),
    'kb-entry.schema.json': jsonSchema(KbEntry, 'kb-entry.schema.json', 'newsgraph knowledge base entry', 'One entry of a knowledge base file.'),
    'kb-file.schema.json': jsonSchema(KbFile, 'kb-file.schema.json', 'newsgraph knowledge base file', 'A knowledge base file (--kb FILE): an array of entries, or an object with an entries array.'),
    'schemaorg-context.jsonld': `${JSON.stringify(SCHEMAORG_CONTEXT, null, 2)}\n`,
  };
}

function jsonSchema(schema: z.ZodType, file: string, title: string, description: string): string {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return `${JSON.stringify({ $schema, $id: SCHEMA_BASE + file, title, description, ...rest }, null, 2)}\n`;
}
