import { sectionKey, sourceHashes, TITLE_KEY } from '../../model/source-hashes.js';
import { baseName, langFiles, type Finding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'translation-stale',
  severity: 'warning',
  summary: 'a section of the source language changed after the translation was stamped (or it was never stamped)',
  check({ manual }) {
    const out: Finding[] = [];
    for (const m of manual.modules) {
      const [source, ...others] = langFiles(manual, m);
      if (!source || source.lang !== manual.config.languages[0] || !source.meta) continue;
      const now = sourceHashes(source);
      const src = baseName(source.file);
      for (const t of others) {
        if (!t.meta) continue;
        const at = { file: t.file, module: m.id, lang: t.lang };
        const fix = `update the translation, then run "promokit stamp ${m.relDir} ${t.lang}"`;
        const stamp = t.meta.source_hashes;
        if (!stamp) {
          out.push({ ...at, line: 1, message: `never stamped: promokit cannot tell which sections of ${src} it matches; when it is up to date, run "promokit stamp ${m.relDir} ${t.lang}"` });
          continue;
        }
        const when = t.meta.stamped ? ` on ${t.meta.stamped}` : '';
        if (stamp[TITLE_KEY] !== undefined && stamp[TITLE_KEY] !== now[TITLE_KEY]) {
          out.push({ ...at, line: t.fieldLines.title ?? 1, message: `the title of ${src} changed after this file was stamped${when}; ${fix}` });
        }
        source.sections.forEach((s, i) => {
          const key = sectionKey(s.id, i);
          const was = stamp[key];
          if (was === s.hash) return;
          const line = (s.id ? t.sections.find((x) => x.id === s.id) : t.sections[i])?.line ?? t.bodyLine;
          const name = s.id ? `#${s.id}` : `"${s.title}" (section ${i + 1})`;
          out.push({
            ...at,
            line,
            message:
              was === undefined
                ? `section ${name} is new in ${src} (line ${s.line}) since this file was stamped${when}; ${fix}`
                : `section ${name} changed in ${src} (line ${s.line}) since this file was stamped${when}; ${fix}`,
          });
        });
        for (const key of Object.keys(stamp)) {
          if (key === TITLE_KEY || key in now) continue;
          out.push({ ...at, line: t.fieldLines.source_hashes ?? 1, message: `section ${key.startsWith('§') ? key : `#${key}`} was removed from ${src} since this file was stamped${when}; ${fix}` });
        }
      }
    }
    return out;
  },
};
