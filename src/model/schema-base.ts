// The building blocks of the schemas (schema.ts for manuals, event-schema.ts
// for events): zod itself, language codes, texts per language, dates, ids.
import { createRequire } from 'node:module';
import { LIMITS } from '../limits.js';
import type { z as Z } from 'zod';

// zod's CommonJS build: its ES-module build is 225 files, which took about
// 0.15 s of every command's start-up (the CommonJS one about 0.07 s).
export const z = (createRequire(import.meta.url)('zod') as { z: typeof Z }).z;

/** ISO 639 language code: two or three lowercase letters (es, en, pt, nah). */
export const LangCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language code of 2–3 lowercase letters, such as "es" or "en"');

/** The languages of a manual or conference: each once, a bounded number. */
export const Languages = z
  .array(LangCode)
  .min(1)
  .max(LIMITS.languages, `at most ${LIMITS.languages} languages`)
  .refine((l) => new Set(l).size === l.length, { message: 'each language once: a language is listed twice' });

/** A time of day, 24-hour clock. */
export const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

export const LocalizedText = z.record(LangCode, z.string().min(1));

export const SectionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case section id such as "key-messages"');

/** YAML 1.2 leaves `2026-10-01` a string; js-yaml style loaders give a Date. Accept both. */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ message: 'a date written YYYY-MM-DD' }),
);

/** A module of a manual: `manual-id/NN-slug`. */
export const ModuleRef = z.string().regex(/^[a-z0-9-]+\/[0-9]{2}-[a-z0-9-]+$/, 'manual-id/NN-slug');
