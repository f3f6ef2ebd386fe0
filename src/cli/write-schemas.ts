// `npm run schemas`: regenerate schema/*.json (committed; a test keeps them current).
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_FILES } from '../model/json-schema.js';

const dir = fileURLToPath(new URL('../../schema', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(SCHEMA_FILES)) writeFileSync(join(dir, name), jsonSchemaText(schema));
