import { join } from 'node:path';
import type { RuleFinding, Rule } from '../rule.js';
import { posix } from 'node:path';
import { ancestorRefusal, isExternal, manualRelative, markdownFiles, refusedTarget } from '../targets.js';

export const rule: Rule = {
  id: 'image-missing',
  severity: 'error',
  summary: 'an image points at a file that does not exist',
  check(ctx) {
    const { manual, manualFiles, exists } = ctx;
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const img of f.images) {
          if (isExternal(img.src)) {
            out.push({ file: f.file, line: img.line, module: m.id, lang: f.lang, message: `image ${img.src} is on the web; download it into img/ so builds work offline` });
            continue;
          }
          if (refusedTarget(ctx, m, img.path)) continue; // path-outside-project says why
          const rel = manualRelative(manual, m, img.path);
          const found = rel.startsWith('../') ? exists(join(manual.dir, rel)) : manualFiles.has(rel);
          if (!found) out.push({ file: f.file, line: img.line, module: m.id, lang: f.lang, message: `image ${img.src} not found (looked for ${manual.relDir}/${rel})` });
        }
      }
    }
    // Partner logos of manual.yaml, relative to the manual folder (the build needs them too).
    (manual.config.partners ?? []).forEach((p, i) => {
      if (!p.logo || isExternal(p.logo)) return;
      const rel = posix.normalize(p.logo);
      if (rel.startsWith('../') || posix.isAbsolute(rel) || ancestorRefusal(manual.refusedFiles, rel)) return; // path-outside-project
      if (!manualFiles.has(rel)) out.push({ file: manual.configFile, line: manual.configLineOf(['partners', i, 'logo']), message: `logo of ${p.name} not found: ${manual.relDir}/${rel}` });
    });
    return out;
  },
};
