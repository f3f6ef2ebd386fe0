import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILES } from '../../src/model/json-schema.js';

describe('shipped JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s is current with the zod schema (npm run schemas)', (name, schema) => {
    const shipped = readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');
    expect(shipped).toBe(jsonSchemaText(schema));
    const json = JSON.parse(shipped) as { type: string; properties: Record<string, unknown> };
    expect(json.type).toBe('object');
    expect(Object.keys(json.properties).length).toBeGreaterThan(1);
  });
});
