import { langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'heading-level-skip',
  severity: 'warning',
  summary: 'a heading skips a level (#### right after ##), or a module body has a level-1 heading (the title comes from front matter)',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const at = { file: f.file, module: m.id, lang: f.lang };
        // The module title (front matter) is the level-1 heading of every module.
        let prev = { level: 1, line: 0 };
        for (const h of f.headings) {
          if (h.level === 1) {
            out.push({ ...at, line: h.line, message: `level-1 heading "# ${h.text}": the module title comes from front matter (title:), so sections start at ##; use ## or ###` });
          } else if (h.level > prev.level + 1) {
            const after = prev.line ? `after the level-${prev.level} heading on line ${prev.line}` : 'with no ## section above it';
            out.push({ ...at, line: h.line, message: `heading "${'#'.repeat(h.level)} ${h.text}" is level ${h.level} ${after}; screen readers navigate by level, so use ${'#'.repeat(prev.level + 1)} (level ${prev.level + 1})` });
          }
          prev = { level: h.level, line: h.line };
        }
      }
    }
    return out;
  },
};
