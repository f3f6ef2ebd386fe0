import type { RuleFinding, Rule } from '../rule.js';
import { markdownFiles } from '../targets.js';

/** `- - -` and `* * *`: a rule in CommonMark, nested bullet lists for pandoc's fancy_lists reader. */
const SPACED = /^[-*](?:[ \t]+[-*])+$/;

export const rule: Rule = {
  id: 'break-read-as-list',
  severity: 'warning',
  summary: 'a thematic break written with spaced - or * (`- - -`) prints as nested bullet lists, not a rule',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const b of f.breaks) {
          if (!SPACED.test(b.text)) continue;
          out.push({ file: f.file, line: b.line, module: m.id, lang: f.lang, message: `"${b.text}" prints as nested bullet lists in the PDF (the build reads "- " as a list item first); write *** or ___ for a rule` });
        }
      }
    }
    return out;
  },
};
