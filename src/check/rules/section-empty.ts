import { langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'section-empty',
  severity: 'error',
  summary: 'a level-2 section has a heading and nothing under it',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        for (const s of f.sections) {
          if (s.contentLines > 0) continue;
          out.push({
            file: f.file,
            line: s.line,
            module: m.id,
            lang: f.lang,
            message: `section ${s.id ? `#${s.id}` : `"${s.title}"`} is empty${manual.config.required_sections.includes(s.id ?? '') ? ' (it is required by manual.yaml)' : ''}`,
          });
        }
      }
    }
    return out;
  },
};
