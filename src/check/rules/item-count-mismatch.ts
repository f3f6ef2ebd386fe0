import { baseName, comparable, langFiles, type RuleFinding, type Rule } from '../rule.js';

/** Sections whose list items are counted: learning objectives and assessment questions. */
export const COUNTED_SECTIONS = ['objectives', 'assessment'] as const;

export const rule: Rule = {
  id: 'item-count-mismatch',
  severity: 'error',
  summary: 'the number of objectives or assessment questions differs between languages',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0] || !comparable(source)) continue;
      for (const id of COUNTED_SECTIONS) {
        const s = source.sections.find((x) => x.id === id);
        if (!s) continue;
        for (const t of others.filter(comparable)) {
          const ts = t.sections.find((x) => x.id === id);
          if (!ts || ts.listItems === s.listItems) continue;
          out.push({
            file: t.file,
            line: ts.line,
            module: m.id,
            lang: t.lang,
            message: `#${id} has ${ts.listItems} item${ts.listItems === 1 ? '' : 's'} here but ${s.listItems} in ${baseName(source.file)} (line ${s.line})`,
          });
        }
      }
    }
    return out;
  },
};
