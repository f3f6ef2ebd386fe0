import { languageCodeProblem } from '../../model/languages.js';
import { localeNeedsCheck, localeWords } from '../../model/locales.js';
import type { RuleFinding, Rule } from '../rule.js';

export const rule: Rule = {
  id: 'locale-invalid',
  severity: 'error',
  summary: "a project's locales/<code>.yaml is not valid YAML, has an unknown key, or names a fallback that is not a language",
  check({ manual }) {
    return manual.config.languages
      .filter((lang) => languageCodeProblem(lang) === undefined && localeNeedsCheck(manual, lang))
      .flatMap((lang) => localeWords(manual, lang).diagnostics.map((d): RuleFinding => ({ file: d.file, line: d.line, lang, message: d.message })));
  },
};
