// The one schema of every YAML the user writes. It gives the TypeScript types,
// the validation (with the path of the failing field) and the JSON Schema
// shipped for editors (scripts in src/cli/schema-export.ts).
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
const Languages = z
  .array(LangCode)
  .min(1)
  .max(LIMITS.languages, `at most ${LIMITS.languages} languages`)
  .refine((l) => new Set(l).size === l.length, { message: 'each language once: a language is listed twice' });

/** A time of day, 24-hour clock. */
const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

export const LocalizedText = z.record(LangCode, z.string().min(1));

const SectionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case section id such as "key-messages"');

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#1f5f8b"');

/** YAML 1.2 leaves `2026-10-01` a string; js-yaml style loaders give a Date. Accept both. */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ message: 'a date written YYYY-MM-DD' }),
);

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

const Session = z
  .object({
    /** Names the session in attendees.csv's `sessions` column; default `s1`, `s2`… by position. */
    id: SectionId.optional(),
    time: z.string().regex(TIME, 'a time of day like "09:30" (00:00–23:59)'),
    end: z.string().regex(TIME, 'a time of day like "10:15" (00:00–23:59)').optional(),
    room: z.string().optional(),
    kind: z.enum(['plenary', 'workshop', 'break']).default('workshop'),
    title: LocalizedText,
    speakers: z.array(z.string()).default([]),
    module: z.string().regex(/^[a-z0-9-]+\/[0-9]{2}-[a-z0-9-]+$/, 'manual-id/NN-slug').optional(),
    slides: z.string().regex(/^[a-z0-9-]+\/[0-9]{2}-[a-z0-9-]+$/, 'manual-id/NN-slug').optional(),
    pdf: z.string().optional(),
  })
  .strict();

/**
 * The parts of a packet, in their default order. The same list as
 * src/packets/parts/index.ts (model cannot import packets; a test compares them).
 */
export const PACKET_PART_NAMES = ['cover', 'agenda', 'handouts', 'evaluation', 'certificate'] as const;

export const CERTIFICATE_PROFILES = ['generic', 'texas-dshs', 'washington-doh', 'california-cdph'] as const;
export type CertificateProfile = (typeof CERTIFICATE_PROFILES)[number];

export const ConferenceConfig = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: LocalizedText,
    languages: Languages.default(['es', 'en']),
    date: IsoDate,
    venue: z
      .object({ name: z.string(), address: z.string().optional(), city: z.string().optional() })
      .strict(),
    organizers: z.array(z.string()).default([]),
    attendees: z.string().default('attendees.csv'),
    hours: z.number().positive(),
    sessions: z.array(Session).min(1),
    packet: z.array(z.enum(PACKET_PART_NAMES)).default([...PACKET_PART_NAMES]),
    evaluation: z
      .object({ likert: z.array(LocalizedText).default([]), open: z.array(LocalizedText).default([]) })
      .strict()
      .optional(),
    certificate: z
      .object({
        signers: z.array(z.object({ name: z.string(), role: LocalizedText }).strict()).default([]),
      })
      .strict()
      .optional(),
    /** Continuing-education provider (programme) and its number with the state. */
    provider: z.object({ name: z.string().min(1), number: z.string().min(1).optional() }).strict().optional(),
    /** Course or approval code the state gave this training. */
    approval_code: z.string().min(1).optional(),
    /** Which state's certificate fields (default generic: none) `check` requires (src/check/rules/certificate-profile.ts). */
    certificate_profile: z.enum(CERTIFICATE_PROFILES).optional(),
    /** Where a certificate can be verified: a URL or a phone line. */
    verification: z.string().min(1).optional(),
  })
  .strict();
export type ConferenceConfig = Z.infer<typeof ConferenceConfig>;
export type ConferenceSession = Z.infer<typeof Session>;
