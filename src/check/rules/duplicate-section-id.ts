import { langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'duplicate-section-id',
  severity: 'error',
  summary: 'two headings of one file have the same {#id}',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const seen = new Map<string, number>();
        for (const h of f.headings) {
          if (!h.id) continue;
          const first = seen.get(h.id);
          if (first === undefined) seen.set(h.id, h.line);
          else out.push({ file: f.file, line: h.line, module: m.id, lang: f.lang, message: `id #${h.id} is already used on line ${first}; each heading needs its own id` });
        }
      }
    }
    return out;
  },
};
