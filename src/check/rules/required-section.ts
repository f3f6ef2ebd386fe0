import { baseName, langFiles, type RuleFinding, type Rule } from '../rule.js';
import { hasIds } from './section-id-missing.js';

export const rule: Rule = {
  id: 'required-section',
  severity: 'error',
  summary: 'a section listed in required_sections of manual.yaml is missing from a language file',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      const files = langFiles(manual, m);
      for (const f of files) {
        // Without ids nothing can be matched; section-id-missing says so once.
        if (!hasIds(f)) continue;
        const ids = new Set(f.sections.map((s) => s.id));
        for (const req of manual.config.required_sections) {
          if (ids.has(req)) continue;
          const elsewhere = files.find((o) => o !== f && o.sections.some((s) => s.id === req));
          const where = elsewhere?.sections.find((s) => s.id === req);
          out.push({
            file: f.file,
            line: f.bodyLine,
            module: m.id,
            lang: f.lang,
            message: `section #${req} is missing (required by manual.yaml)${where && elsewhere ? `; ${baseName(elsewhere.file)} has it (line ${where.line})` : ''}`,
          });
        }
      }
    }
    return out;
  },
};
