import { langFiles, type RuleFinding, type Rule } from '../rule.js';

/** The languages the hints read: retext-passive knows English only. */
const ENGLISH = new Set(['en', 'eng']);

export const rule: Rule = {
  id: 'passive-voice',
  severity: 'warning',
  summary: 'a hint: a passive phrase in English text ("was completed by"); on with plain_language.passive in manual.yaml, always in report',
  check({ manual, passive }) {
    // Loaded by the caller only when asked for: retext is too slow for every check.
    if (!passive) return [];
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        if (!ENGLISH.has(f.lang)) continue;
        for (const hit of passive(f.text)) {
          out.push({
            file: f.file,
            line: hit.line,
            module: m.id,
            lang: f.lang,
            message: `passive voice "${hit.phrase}": an active sentence says who does what ("the promotora filled in the form"); a hint: keep it when the doer does not matter`,
          });
        }
      }
    }
    return out;
  },
};
