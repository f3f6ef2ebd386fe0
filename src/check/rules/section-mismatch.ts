import { alignSections, headingLabel } from '../align-sections.js';
import { baseName, comparable, langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'section-mismatch',
  severity: 'error',
  summary: 'a section of any heading level is missing, added or moved in a translation',
  check({ manual }) {
    const out: RuleFinding[] = [];
    const required = new Set(manual.config.required_sections);
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0] || !comparable(source)) continue;
      const src = baseName(source.file);
      for (const t of others.filter(comparable)) {
        const here = baseName(t.file);
        const base = { file: t.file, module: m.id, lang: t.lang };
        const a = alignSections(source.outline, t.outline);
        for (const { s, after } of a.missing) {
          // A missing required section is required-section's finding, not this one.
          if (s.level === 2 && s.id && required.has(s.id) && !t.sections.some((x) => x.id === s.id)) continue;
          const where = after ? `; it belongs after ${headingLabel(after)} (line ${after.line})` : '; it belongs before the first heading here';
          out.push({ ...base, line: after?.line ?? t.bodyLine, message: `${src} ${headingLabel(s)} (line ${s.line}) has no counterpart in ${here}${where}` });
        }
        for (const { t: x, after } of a.extra) {
          const where = after ? ` after ${headingLabel(after)} (line ${after.line})` : ' before its first heading';
          out.push({ ...base, line: x.line, message: `${here} ${headingLabel(x)} (line ${x.line}) has no counterpart in ${src}${where}; translate the same sections, or remove this one` });
        }
        for (const { s, t: x } of a.moved) {
          out.push({ ...base, line: x.line, message: `${headingLabel(x)} (#${x.id}) is in a different place than in ${src} (line ${s.line}): keep the sections in the same order` });
        }
      }
    }
    return out;
  },
};
