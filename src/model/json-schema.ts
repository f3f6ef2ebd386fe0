// JSON Schemas for editors (yaml-language-server), generated from the same zod
// schemas the code validates with, so the two never disagree.
import type { z as Z } from 'zod';
import { ProjectConfig } from './project-config.js';
import { ConferenceConfig, ExchangeConfig, Glossary, ManualConfig, ModuleFrontMatter, TrainingConfig, z } from './schema.js';

export const SCHEMA_FILES = {
  'manual.schema.json': ManualConfig,
  'conference.schema.json': ConferenceConfig,
  'training.schema.json': TrainingConfig,
  'exchange.schema.json': ExchangeConfig,
  'glossary.schema.json': Glossary,
  'front-matter.schema.json': ModuleFrontMatter,
  'config.schema.json': ProjectConfig,
} as const;

export function jsonSchemaText(schema: Z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
