// The one schema of every YAML the user writes. It gives the TypeScript types,
// the validation (with the path of the failing field) and the JSON Schema
// shipped for editors (scripts in src/cli/schema-export.ts).
import type { z as Z } from 'zod';
import { IsoDate, LangCode, Languages, LocalizedText, SectionId, z } from './schema-base.js';

export { IsoDate, LangCode, LocalizedText, z } from './schema-base.js';
export * from './event-schema.js';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#1f5f8b"');

export const ReadabilityTargets = z
  .object({
    fernandez_huerta_min: z.number().optional(),
    szigriszt_min: z.number().optional(),
    fk_grade_max: z.number().optional(),
    smog_max: z.number().optional(),
  })
  .strict();

/** Plain-language checks (sentence-long, word-long): where a sentence or a word is too long. */
export const PlainLanguage = z
  .object({
    /** A sentence of more words than this is reported (sentence-long); false turns the check off. Default 25. */
    sentence_words: z.union([z.number().int().min(5), z.literal(false)]).optional(),
    /** A word of more letters than this is reported (word-long); off unless set. */
    word_letters: z.number().int().min(6).optional(),
    /** Passive-voice hints for English text (passive-voice); off unless true, as they cost time on every check. */
    passive: z.boolean().optional(),
  })
  .strict();
export type PlainLanguage = Z.infer<typeof PlainLanguage>;

/** The editions `editions:` may name: the ids of src/editions/layouts/index.ts's EDITION_LIST (a test keeps them equal). */
export const EDITION_NAMES = ['large-print'] as const;

export const ManualConfig = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a folder-style id: lowercase letters, digits and dashes'),
    title: LocalizedText,
    subtitle: LocalizedText.optional(),
    languages: Languages,
    organization: z.string().min(1),
    /** One string for every language, or one per language (`{es: "1.ª edición", en: "1st edition"}`). */
    edition: z.union([z.string().min(1), z.number(), LocalizedText]).transform((v) => (typeof v === 'number' ? String(v) : v)),
    license: z.union([z.string().min(1), LocalizedText]),
    authors: z.array(z.string()).optional(),
    partners: z
      .array(z.object({ name: z.string().min(1), logo: z.string().optional() }).strict())
      .optional(),
    colors: z.object({ primary: Color.optional(), accent: Color.optional() }).strict().optional(),
    required_sections: z.array(SectionId).default([]),
    review_interval_months: z.number().int().positive().optional(),
    readability: z.record(LangCode, ReadabilityTargets).optional(),
    plain_language: PlainLanguage.optional(),
    /**
     * How text is set. `hyphenate`: may one-language body text break words
     * at line ends (true, false, or per language)? Default false: broken
     * words are hard for new readers. Tables, parallel columns, headings,
     * glossary and slides are never hyphenated.
     */
    typography: z
      .object({ hyphenate: z.union([z.boolean(), z.record(LangCode, z.boolean())]).optional() })
      .strict()
      .optional(),
    /** Editions built besides the layout's (`build --large-print` adds large-print too). */
    editions: z.array(z.enum(EDITION_NAMES)).optional(),
    /** Raw Typst and HTML blocks in modules are refused unless this is true. */
    allow_raw: z.boolean().optional(),
    /** Folders outside the project (relative to this file, or absolute) whose files sources may use. */
    allow_paths: z.array(z.string().min(1)).max(20).optional(),
  })
  .strict();
export type ManualConfig = Z.infer<typeof ManualConfig>;

/**
 * The keys of the interface words of the PDFs (locales/<code>.yaml): the
 * headings and labels promokit writes itself, in every language of a manual.
 */
export const LOCALE_WORD_KEYS = [
  'contents', 'glossary', 'module', 'duration', 'minutes', 'objectives', 'activity', 'key', 'note', 'warning',
  'facilitator', 'tip', 'edition', 'license', 'partners', 'authors', 'language', 'table', 'choose_language',
  'search', 'search_found', 'search_none',
  'sheet', 'sheet_front', 'sheet_back',
] as const;
export type LocaleWordKey = (typeof LOCALE_WORD_KEYS)[number];

/** locales/<code>.yaml: interface words of one language; a project's file may hold only some of them. */
export const LocaleFile = z
  .object({
    $schema: z.string().optional(),
    /** The language whose words fill the gaps (default: the manual's first language). */
    fallback: LangCode.optional(),
    words: z
      .object(Object.fromEntries(LOCALE_WORD_KEYS.map((k) => [k, z.string().min(1).optional()])) as Record<LocaleWordKey, Z.ZodOptional<Z.ZodString>>)
      .strict()
      .default({}),
  })
  .strict();
export type LocaleFile = Z.infer<typeof LocaleFile>;

/**
 * plain-words.yaml: per language, words or phrases a plain-language editor
 * would replace, with the plainer choice (`utilizar: usar`). A final `*`
 * matches any ending (`utiliz*: usar`).
 */
export const PlainWords = z.record(
  LangCode,
  z.record(
    z.string().regex(/^[^*]*[\p{L}\p{N}][^*]*\*?$/u, 'a word or phrase, with at most a final * for any ending'),
    z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  ),
);
export type PlainWords = Z.infer<typeof PlainWords>;

export const ModuleFrontMatter = z
  .object({
    title: z.string().min(1),
    duration: z.number().int().positive(),
    reviewed: IsoDate,
    authors: z.array(z.string()).optional(),
    /** Written by `promokit stamp`: hash of each source-language section the translation matches. */
    source_hashes: z.record(z.string(), z.string()).optional(),
    /** Written by `promokit stamp`: when. */
    stamped: IsoDate.optional(),
  })
  .passthrough();
export type ModuleFrontMatter = Z.infer<typeof ModuleFrontMatter>;

export const SlidesFrontMatter = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().optional(),
  })
  .passthrough();
export type SlidesFrontMatter = Z.infer<typeof SlidesFrontMatter>;

export const GlossaryEntry = z.object({ term: z.string().min(1), definition: z.string().min(1) }).strict();

export const Glossary = z
  .object({
    $schema: z.string().optional(),
    terms: z.array(
      z
        .object({ id: z.string().min(1) })
        .catchall(GlossaryEntry),
    ),
  })
  .strict();
export type Glossary = Z.infer<typeof Glossary>;
export type GlossaryTerm = Glossary['terms'][number];
