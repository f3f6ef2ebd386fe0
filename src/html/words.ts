// The words of the HTML edition's interface, per language: the same locale
// files as the PDFs' (locales/<code>.yaml, src/model/locales.ts). With the
// manual, its project's own locale files come first; without, promokit's
// shipped words, English for a language that has none.
import { localeWords, shippedLocale, LAST_FALLBACK, type LocaleWords } from '../model/locales.js';
import type { Manual } from '../model/types.js';

export interface Words {
  language: string;
  contents: string;
  glossary: string;
  module: string;
  duration: string;
  minutes: string;
  /** The legend of the language switch. */
  chooseLanguage: string;
  /** The search box's label, and what it says when sections hold the words (": 3" follows) or none does. */
  search: string;
  searchFound: string;
  searchNone: string;
  /** The name a wide table's scrolling box is announced by. */
  table: string;
  edition: string;
  license: string;
  partners: string;
  authors: string;
  callouts: Record<'objectives' | 'activity' | 'key' | 'note' | 'warning' | 'facilitator' | 'tip', string>;
}

function fromLocale(w: LocaleWords): Words {
  return {
    language: w.language,
    contents: w.contents,
    glossary: w.glossary,
    module: w.module,
    duration: w.duration,
    minutes: w.minutes,
    chooseLanguage: w.choose_language,
    search: w.search,
    searchFound: w.search_found,
    searchNone: w.search_none,
    table: w.table,
    edition: w.edition,
    license: w.license,
    partners: w.partners,
    authors: w.authors,
    callouts: { objectives: w.objectives, activity: w.activity, key: w.key, note: w.note, warning: w.warning, facilitator: w.facilitator, tip: w.tip },
  };
}

export function wordsFor(lang: string, manual?: Manual): Words {
  if (manual) return fromLocale(localeWords(manual, lang).words);
  // Every shipped file has every word.
  const shipped = shippedLocale(lang)?.data.words as LocaleWords | undefined;
  if (shipped) return fromLocale(shipped);
  // A language without words of its own still names itself, in itself when ICU knows it.
  let name = lang;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // An unknown code: the code itself.
  }
  return { ...fromLocale(shippedLocale(LAST_FALLBACK)!.data.words as LocaleWords), language: name };
}
