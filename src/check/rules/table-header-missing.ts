import { langFiles, type RuleFinding, type Rule } from '../rule.js';
import { inlineText } from '../readability/plain-text.js';

export const rule: Rule = {
  id: 'table-header-missing',
  severity: 'warning',
  summary: 'a table has empty header cells (screen readers read each cell with its column header)',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        for (const t of f.tables) {
          const empty = t.header.flatMap((cell, i) => (inlineText(cell) === '' ? [i + 1] : []));
          if (empty.length === 0) continue;
          const which = empty.length === t.header.length ? 'every header cell is empty' : `header ${empty.length === 1 ? 'cell' : 'cells'} of column ${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty`;
          out.push({ file: f.file, line: t.line, module: m.id, lang: f.lang, message: `table: ${which}; give every column a short name in the first row (screen readers and tagged PDFs announce each cell with it)` });
        }
      }
    }
    return out;
  },
};
