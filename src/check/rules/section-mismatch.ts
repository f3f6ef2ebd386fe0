import type { LangFile } from '../../model/types.js';
import { baseName, langFiles, type Finding, type Rule } from '../rule.js';
import { hasIds } from './section-id-missing.js';

export const rule: Rule = {
  id: 'section-mismatch',
  severity: 'error',
  summary: 'the sections of a translation differ from the source language in ids or order',
  check({ manual }) {
    const out: Finding[] = [];
    const required = new Set(manual.config.required_sections);
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0]) continue;
      for (const t of others) {
        const base = { file: t.file, module: m.id, lang: t.lang };
        if (!hasIds(source) || !hasIds(t)) {
          out.push(...byPosition(source, t).map((f) => ({ ...base, ...f })));
          continue;
        }
        const srcIds = source.sections.flatMap((s) => (s.id ? [s.id] : []));
        const tIds = t.sections.flatMap((s) => (s.id ? [s.id] : []));
        const tSet = new Set(tIds);
        const srcSet = new Set(srcIds);
        for (const s of source.sections) {
          // A missing required section is required-section's finding, not this one.
          if (!s.id || tSet.has(s.id) || required.has(s.id)) continue;
          out.push({ ...base, line: t.bodyLine, message: `section #${s.id} of ${baseName(source.file)} (line ${s.line}) is missing here` });
        }
        for (const s of t.sections) {
          if (!s.id || srcSet.has(s.id)) continue;
          out.push({ ...base, line: s.line, message: `section #${s.id} is not in ${baseName(source.file)}, the source language; use the same ids in every language` });
        }
        // Order: compare the common ids in each file's order.
        const common = srcIds.filter((id) => tSet.has(id));
        const tCommon = tIds.filter((id) => srcSet.has(id));
        const k = common.findIndex((id, i) => tCommon[i] !== id);
        if (k !== -1) {
          const sec = t.sections.find((s) => s.id === tCommon[k]);
          out.push({
            ...base,
            line: sec?.line ?? t.bodyLine,
            message: `sections are in a different order than in ${baseName(source.file)}: expected #${common[k]} here, found #${tCommon[k]}`,
          });
        }
      }
    }
    return out;
  },
};

/** Headings compared by position and level: all one can do before ids exist. */
function byPosition(source: LangFile, t: LangFile): Omit<Finding, 'file' | 'module' | 'lang'>[] {
  const levels = (f: LangFile): number[] => f.headings.filter((h) => h.level >= 2 && h.level <= 3).map((h) => h.level);
  const a = levels(source);
  const b = levels(t);
  const s2 = source.sections.length;
  const t2 = t.sections.length;
  if (s2 !== t2) {
    return [{ line: t.sections[Math.min(s2, t2)]?.line ?? t.bodyLine, message: `${t2} level-2 sections here, ${s2} in ${baseName(source.file)} (compared by position because headings have no {#id})` }];
  }
  const k = a.findIndex((lvl, i) => b[i] !== lvl);
  if (k !== -1 || a.length !== b.length) {
    const idx = k === -1 ? Math.min(a.length, b.length) : k;
    const h = t.headings.filter((x) => x.level >= 2 && x.level <= 3)[idx];
    return [{ line: h?.line ?? t.bodyLine, message: `heading ${idx + 1} is level ${b[idx] ?? '(none)'} here but level ${a[idx] ?? '(none)'} in ${baseName(source.file)} (compared by position because headings have no {#id})` }];
  }
  return [];
}
