// Writes the generated files of schemas/ (JSON Schemas from zod, the local schema.org context).
// Run through `npm run schemas`, which builds dist/ first. A test fails when they are stale.
import { writeFileSync } from 'node:fs';
import { schemaArtifacts } from '../dist/validate/schema-artifacts.js';

for (const [name, content] of Object.entries(schemaArtifacts())) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), content);
  console.log(`wrote schemas/${name}`);
}
