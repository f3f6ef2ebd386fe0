// The interface words of the PDFs (Contents, Module, Glossary, Duration…) in
// every language of a manual, from locales/<code>.yaml files:
//
//   1. manuals/<id>/locales/<code>.yaml  (one manual's own words)
//   2. locales/<code>.yaml at the project root  (every manual of the project)
//   3. locales/<code>.yaml shipped with promokit  (es, en, pt: every word)
//
// A word comes from the first of these that has it. A word none of them has
// comes from the fallback language: the `fallback` the language's files name,
// else the manual's first language, else English, whose words are complete.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from './diagnostic.js';
import { languageCodeProblem } from './languages.js';
import { hasProjectYaml, readProjectYaml, type YamlLayer } from './project-yaml.js';
import { LOCALE_WORD_KEYS, LocaleFile, type LocaleWordKey } from './schema.js';
import type { Manual } from './types.js';
import { parseYaml } from './yaml.js';

export { LOCALE_WORD_KEYS, type LocaleWordKey };

/** promokit's own locales/ folder, beside src/ and dist/ (package.json "files"). */
export const SHIPPED_LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** How findings name a shipped file. */
const shippedName = (lang: string): string => `promokit's locales/${lang}.yaml`;

/** The last language of every chain: its shipped file has every word. */
export const LAST_FALLBACK = 'en';

export type LocaleWords = Record<LocaleWordKey, string>;

export interface WordSource {
  /** The language the word is in. */
  lang: string;
  /** The file it came from (relative to the project root, or promokit's own). */
  file: string;
}

export interface ResolvedLocale {
  lang: string;
  /** Every interface word, after fallback. */
  words: LocaleWords;
  /** Where each word came from. */
  from: Record<LocaleWordKey, WordSource>;
  /** The language's own files, most specific first (a shipped one last); empty when it has none. */
  own: YamlLayer<LocaleFile>[];
  /** Keys none of the language's own files has (their word is another language's). */
  missing: LocaleWordKey[];
  /** Problems of the project's locale files (YAML, schema, a fallback that is not a language code). */
  diagnostics: Diagnostic[];
}

/**
 * Can the words of `lang` lack anything or hold a mistake? Not when the
 * project has no locale file for it and promokit ships one (every shipped
 * file has every word): `check` then reads no locale file at all.
 */
export function localeNeedsCheck(manual: Manual, lang: string): boolean {
  return hasProjectYaml(manual, `locales/${lang}.yaml`) || !existsSync(join(SHIPPED_LOCALES_DIR, `${lang}.yaml`));
}

const shippedCache = new Map<string, YamlLayer<LocaleFile> | null>();

/** A shipped locale file, read once per process; null when promokit has none for the language. */
export function shippedLocale(lang: string): YamlLayer<LocaleFile> | null {
  let layer = shippedCache.get(lang);
  if (layer === undefined) {
    layer = null;
    let text: string | undefined;
    try {
      text = readFileSync(join(SHIPPED_LOCALES_DIR, `${lang}.yaml`), 'utf8');
    } catch {
      // promokit has no words for this language.
    }
    if (text !== undefined) {
      const yaml = parseYaml(text);
      const parsed = LocaleFile.safeParse(yaml.value ?? {});
      if (!parsed.success) throw new Error(`${shippedName(lang)} is not valid: ${parsed.error.message}`);
      layer = { file: shippedName(lang), data: parsed.data, lineOf: yaml.lineOf };
    }
    shippedCache.set(lang, layer);
  }
  return layer;
}

/**
 * Resolves the words of `lang` from its layers (most specific first) and
 * those of its fallbacks. Pure: `layersOf` supplies every language's files.
 */
export function resolveLocale(lang: string, firstLanguage: string, layersOf: (lang: string) => YamlLayer<LocaleFile>[]): Omit<ResolvedLocale, 'diagnostics'> {
  const words: Partial<LocaleWords> = {};
  const from: Partial<Record<LocaleWordKey, WordSource>> = {};
  const fill = (l: string, layers: YamlLayer<LocaleFile>[]): void => {
    for (const layer of layers) {
      for (const key of LOCALE_WORD_KEYS) {
        const word = layer.data.words[key];
        if (word !== undefined && words[key] === undefined) {
          words[key] = word;
          from[key] = { lang: l, file: layer.file };
        }
      }
    }
  };
  const fallbackOf = (l: string, layers: YamlLayer<LocaleFile>[]): string | undefined => {
    const named = layers.find((x) => x.data.fallback !== undefined)?.data.fallback;
    if (named !== undefined && languageCodeProblem(named) === undefined) return named;
    if (l !== firstLanguage) return firstLanguage;
    return l === LAST_FALLBACK ? undefined : LAST_FALLBACK;
  };

  const own = layersOf(lang);
  fill(lang, own);
  const missing = LOCALE_WORD_KEYS.filter((k) => words[k] === undefined);
  const seen = new Set([lang]);
  let next = fallbackOf(lang, own);
  while (next !== undefined && !seen.has(next) && LOCALE_WORD_KEYS.some((k) => words[k] === undefined)) {
    seen.add(next);
    const layers = layersOf(next);
    fill(next, layers);
    next = fallbackOf(next, layers);
  }
  // A chain that loops (mix → zap → mix) or ends early still ends in English.
  if (LOCALE_WORD_KEYS.some((k) => words[k] === undefined)) fill(LAST_FALLBACK, layersOf(LAST_FALLBACK));
  return { lang, words: words as LocaleWords, from: from as Record<LocaleWordKey, WordSource>, own, missing };
}

const resolved = new WeakMap<Manual, Map<string, ResolvedLocale>>();

/**
 * The interface words of `manual` in `lang`, complete after fallback, with
 * where each came from and what the language's own files lack. Reads the
 * project's locale files once per manual object.
 */
export function localeWords(manual: Manual, lang: string): ResolvedLocale {
  let byLang = resolved.get(manual);
  if (!byLang) {
    byLang = new Map();
    resolved.set(manual, byLang);
  }
  const done = byLang.get(lang);
  if (done) return done;

  const diagnostics: Diagnostic[] = [];
  const read = new Map<string, YamlLayer<LocaleFile>[]>();
  const layersOf = (l: string): YamlLayer<LocaleFile>[] => {
    let layers = read.get(l);
    if (!layers) {
      // Problems are reported for the manual's own languages (each is resolved once).
      const sink: Diagnostic[] = l === lang ? diagnostics : [];
      layers = readProjectYaml(manual, `locales/${l}.yaml`, LocaleFile, 'locale-invalid', sink);
      const shipped = shippedLocale(l);
      if (shipped) layers.push(shipped);
      if (l === lang) diagnostics.push(...fallbackProblems(manual, layers));
      read.set(l, layers);
    }
    return layers;
  };
  const result: ResolvedLocale = { ...resolveLocale(lang, manual.config.languages[0]!, layersOf), diagnostics };
  byLang.set(lang, result);
  return result;
}

function fallbackProblems(manual: Manual, layers: YamlLayer<LocaleFile>[]): Diagnostic[] {
  return layers.flatMap((layer): Diagnostic[] => {
    const code = layer.data.fallback;
    const problem = code === undefined ? undefined : languageCodeProblem(code);
    if (problem === undefined) return [];
    return [{ rule: 'locale-invalid', severity: 'error', manual: manual.id, file: layer.file, line: layer.lineOf(['fallback']), message: `fallback: ${problem}` }];
  });
}

/** The sheet-label words of a press booklet in `lang`, from promokit's own locale files (English when it has none). */
export function shippedSheetWords(lang: string): { sheet: string; front: string; back: string } {
  const own = shippedLocale(lang)?.data.words;
  const en = shippedLocale(LAST_FALLBACK)!.data.words;
  return { sheet: own?.sheet ?? en.sheet!, front: own?.sheet_front ?? en.sheet_front!, back: own?.sheet_back ?? en.sheet_back! };
}
