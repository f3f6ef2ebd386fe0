import type { RuleFinding, Rule } from '../rule.js';
import { markdownFiles } from '../targets.js';

export const rule: Rule = {
  id: 'raw-not-allowed',
  severity: 'error',
  summary: 'a module holds raw Typst or an HTML block, which manual.yaml does not allow (allow_raw: true)',
  check({ manual }) {
    if (manual.config.allow_raw) return [];
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const r of f.raw) {
          const what =
            r.format === 'html'
              ? 'an HTML block: the PDF leaves it out, so what it holds is lost; write it in Markdown'
              : `raw ${r.format} code: it runs inside the typesetter, so it is not built from contributed manuals`;
          out.push({ file: f.file, line: r.line, module: m.id, lang: f.lang, message: `${what} (set allow_raw: true in manual.yaml to accept it)` });
        }
      }
    }
    return out;
  },
};
