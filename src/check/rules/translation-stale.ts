import { staleEntries } from '../../model/source-hashes.js';
import { baseName, langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'translation-stale',
  severity: 'warning',
  summary: 'a section of the source language changed after the translation was stamped (or it was never stamped)',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0] || !source.meta) continue;
      const src = baseName(source.file);
      for (const t of others) {
        if (!t.meta) continue;
        const at = { file: t.file, module: m.id, lang: t.lang };
        const fix = `update the translation, then run "promokit stamp ${m.relDir} ${t.lang}"`;
        const entries = staleEntries(source, t);
        if (!entries) {
          out.push({ ...at, line: 1, message: `never stamped: promokit cannot tell which sections of ${src} it matches; when it is up to date, run "promokit stamp ${m.relDir} ${t.lang}"` });
          continue;
        }
        const when = t.meta.stamped ? ` on ${t.meta.stamped}` : '';
        for (const e of entries) {
          if (e.kind === 'title') {
            out.push({ ...at, line: t.fieldLines.title ?? 1, message: `the title of ${src} changed after this file was stamped${when}; ${fix}` });
          } else if (e.kind === 'removed') {
            out.push({ ...at, line: t.fieldLines.source_hashes ?? 1, message: `section ${e.key.startsWith('§') ? e.key : `#${e.key}`} was removed from ${src} since this file was stamped${when}; ${fix}` });
          } else {
            const s = source.sections[e.index!]!;
            const line = (s.id ? t.sections.find((x) => x.id === s.id) : t.sections[e.index!])?.line ?? t.bodyLine;
            const name = s.id ? `#${s.id}` : `"${s.title}" (section ${e.index! + 1})`;
            const what = e.kind === 'new' ? 'is new in' : 'changed in';
            out.push({ ...at, line, message: `section ${name} ${what} ${src} (line ${s.line}) since this file was stamped${when}; ${fix}` });
          }
        }
      }
    }
    return out;
  },
};
