import { languageCodeProblem, languageName } from '../../model/languages.js';
import { LOCALE_WORD_KEYS, localeNeedsCheck, localeWords } from '../../model/locales.js';
import type { RuleFinding, Rule } from '../rule.js';

export const rule: Rule = {
  id: 'locale-words-missing',
  severity: 'warning',
  summary: 'a language of the manual lacks interface words (Contents, Module, …): the PDFs print another language\'s',
  check({ manual }) {
    const out: RuleFinding[] = [];
    manual.config.languages.forEach((lang, i) => {
      if (languageCodeProblem(lang) !== undefined || !localeNeedsCheck(manual, lang)) return;
      const r = localeWords(manual, lang);
      if (r.missing.length === 0) return;
      const fallback = r.from[r.missing[0]!].lang;
      const file = r.own[0];
      if (!file) {
        const sample = r.missing.slice(0, 3).map((k) => `"${r.words[k]}"`).join(', ');
        out.push({
          file: manual.configFile,
          line: manual.configLineOf(['languages', i]),
          message:
            `${lang} (${languageName(lang)}) has no interface words: the PDFs print the ${fallback} words (${sample}, …). ` +
            `Add locales/${lang}.yaml at the project root (or in ${manual.relDir}/locales/ for this manual alone) with words: ${LOCALE_WORD_KEYS.join(', ')}`,
        });
        return;
      }
      for (const key of r.missing) {
        const src = r.from[key];
        out.push({
          file: file.file,
          line: file.lineOf(['words']),
          lang,
          message: `no word for "${key}" in ${lang}: the PDFs print the ${src.lang} word "${r.words[key]}" (from ${src.file}); add words.${key} to this file`,
        });
      }
    });
    return out;
  },
};
