import { alignSections, headingLabel } from '../align-sections.js';
import { baseName, comparable, langFiles, type RuleFinding, type Rule } from '../rule.js';

const figures = (n: number): string => `${n} image${n === 1 ? '' : 's'}`;

export const rule: Rule = {
  id: 'figure-mismatch',
  severity: 'error',
  summary: 'a section has a different number of images in a translation than in the source',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0] || !comparable(source)) continue;
      for (const t of others.filter(comparable)) {
        const intro = (f: typeof t): number => f.images.filter((i) => i.line < (f.headings[0]?.line ?? Infinity)).length;
        if (intro(source) !== intro(t)) {
          out.push({ file: t.file, line: t.bodyLine, module: m.id, lang: t.lang, message: `the text before the first heading has ${figures(intro(t))} here but ${figures(intro(source))} in ${baseName(source.file)}` });
        }
        for (const { s, t: x } of alignSections(source.outline, t.outline).pairs) {
          if (s.figures === x.figures) continue;
          out.push({
            file: t.file,
            line: x.line,
            module: m.id,
            lang: t.lang,
            message: `${headingLabel(x)} has ${figures(x.figures)} here but ${headingLabel(s)} (line ${s.line}) has ${figures(s.figures)} in ${baseName(source.file)}`,
          });
        }
      }
    }
    return out;
  },
};
