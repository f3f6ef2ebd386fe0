// Language codes: ISO 639-1 (es, en, pt) and ISO 639-3 (mix, zap, trs, tsz),
// checked against SIL's ISO 639-3 table as the iso-639-3 package ships it,
// not against the runtime's ICU data (Intl knows few Indigenous languages).
//
// The table of every ISO 639-3 language is 780 KB of JavaScript, about 0.1 s
// to load: only a three-letter code or a language's name loads it. A
// two-letter code is checked with the package's small ISO 639-3 → 639-1 map.
import { createRequire } from 'node:module';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import type { Language } from 'iso-639-3';

/** Every ISO 639-1 code: the values of the 639-3 → 639-1 map. */
const ISO_639_1: ReadonlySet<string> = new Set(Object.values(iso6393To1));
/** ISO 639-1 code of a language that has one, by its ISO 639-3 code (spa → es). */
const TO_639_1: Readonly<Record<string, string>> = iso6393To1;

let table: ReadonlyMap<string, Language> | undefined;

/** Every ISO 639-3 language by its code, and by its ISO 639-1 code where it has one. */
function languageTable(): ReadonlyMap<string, Language> {
  if (table === undefined) {
    // The package is an ES module; `require` of one (Node ≥ 20.19) keeps this
    // look-up synchronous, like the model stage that calls it.
    const { iso6393 } = createRequire(import.meta.url)('iso-639-3/iso6393.js') as { iso6393: Language[] };
    const map = new Map<string, Language>();
    for (const lang of iso6393) {
      map.set(lang.iso6393, lang);
      if (lang.iso6391) map.set(lang.iso6391, lang);
    }
    table = map;
  }
  return table;
}

/**
 * Why `code` is not a language code a manual can use, or undefined when it is.
 * Accepted: an ISO 639-1 code, or an ISO 639-3 code of a language that has no
 * ISO 639-1 code (individual languages and macrolanguages, not `und`/`mul`).
 */
export function languageCodeProblem(code: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(code)) return `"${code}" is not a language code: write 2 or 3 lowercase letters, such as "es" or "mix"`;
  if (code.length === 2) {
    return ISO_639_1.has(code) ? undefined : `"${code}" is not an ISO 639-1 language code (es, en, pt, …); for a language without one, write its ISO 639-3 code (mix, zap, trs, tsz, …)`;
  }
  const short = TO_639_1[code];
  if (short) return `"${code}" is the ISO 639-3 code of a language that has a shorter ISO 639-1 code: write "${short}"`;
  const lang = languageTable().get(code);
  if (!lang) {
    return `"${code}" is not an ISO 639-3 language code; look up the code of the language your readers speak (SIL's ISO 639-3 code tables, e.g. mix, zap, trs, tsz; a group such as "nah" has no single code: choose the variety, e.g. nhe, ngu, nch)`;
  }
  if (lang.scope === 'special') return `"${code}" (${lang.name}) is a special ISO 639 code, not a language`;
  return undefined;
}

export function isLanguageCode(code: string): boolean {
  return languageCodeProblem(code) === undefined;
}

/** The language's English name in ISO 639-3 (es → Spanish, mix → Mixtepec Mixtec); the code itself when unknown. */
export function languageName(code: string): string {
  return languageTable().get(code)?.name ?? code;
}
