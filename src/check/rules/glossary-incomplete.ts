import type { RuleFinding, Rule } from '../rule.js';

export const rule: Rule = {
  id: 'glossary-incomplete',
  severity: 'error',
  summary: 'a glossary.yaml term is not defined in every language of the manual',
  check({ manual }) {
    const g = manual.glossary;
    const file = manual.glossaryFile;
    if (!g || !file) return [];
    const out: RuleFinding[] = [];
    const langs = manual.config.languages;
    const seen = new Map<string, number>();
    g.terms.forEach((term, i) => {
      const line = manual.glossaryLines[i] ?? 1;
      const missing = langs.filter((l) => !term[l]);
      if (missing.length) {
        const has = langs.filter((l) => term[l]);
        out.push({ file, line, message: `term "${term.id}" is defined in ${has.join(', ') || 'no language'} but not in ${missing.join(', ')}` });
      }
      const first = seen.get(term.id);
      if (first !== undefined) out.push({ file, line, message: `term id "${term.id}" is used twice (first at term ${first + 1})` });
      else seen.set(term.id, i);
    });
    return out;
  },
};
