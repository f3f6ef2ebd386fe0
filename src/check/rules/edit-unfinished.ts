import type { RuleFinding, Rule } from '../rule.js';

/** The journal `stamp` and `ids` leave while renaming a module's files (src/edit/journal.ts). */
const JOURNAL = /^\.promokit-commit\.\d+\.\d+\.json$/;

export const rule: Rule = {
  id: 'edit-unfinished',
  severity: 'error',
  summary: 'a stamp or ids run was stopped while it renamed a module\'s files: some may be new and some old',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of m.allFiles) {
        if (!JOURNAL.test(f)) continue;
        out.push({
          file: `${m.relDir}/${f}`,
          line: 1,
          module: m.id,
          message: `a "promokit stamp" or "promokit ids" of this module was stopped half-way; run "promokit ids ${m.relDir}" (or stamp) again to finish it before trusting this module`,
        });
      }
    }
    return out;
  },
};
