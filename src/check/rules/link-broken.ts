import { join } from 'node:path';
import { decodePath } from '../../model/markdown/inline.js';
import type { LangFile, SlidesFile } from '../../model/types.js';
import type { RuleFinding, Rule } from '../rule.js';
import { anchorsOf, isExternal, manualRelative, markdownFiles, refusedTarget } from '../targets.js';

export const rule: Rule = {
  id: 'link-broken',
  severity: 'error',
  summary: 'a link points at a local file or #anchor that does not exist',
  check(ctx) {
    const { manual, manualFiles, exists } = ctx;
    const out: RuleFinding[] = [];
    // Parsed files by path relative to the manual, for anchors in other modules.
    const byPath = new Map<string, LangFile | SlidesFile>();
    for (const m of manual.modules) for (const f of markdownFiles(m)) byPath.set(f.file.slice(manual.relDir.length + 1), f);

    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const link of f.links) {
          if (isExternal(link.href)) continue;
          const hash = link.href.indexOf('#');
          const pathPart = hash === -1 ? link.href : link.href.slice(0, hash);
          const anchor = hash === -1 ? undefined : link.href.slice(hash + 1);
          const at = { file: f.file, line: link.line, module: m.id, lang: f.lang };
          let target: LangFile | SlidesFile | undefined = f;
          if (pathPart && refusedTarget(ctx, m, decodePath(pathPart))) continue; // path-outside-project says why
          if (pathPart) {
            const rel = manualRelative(manual, m, decodePath(pathPart));
            const found = rel.startsWith('../') ? exists(join(manual.dir, rel)) : manualFiles.has(rel) || manualFiles.has(`${rel}/`) || [...manualFiles].some((x) => x.startsWith(`${rel}/`));
            if (!found) {
              out.push({ ...at, message: `link to ${link.href}: ${manual.relDir}/${rel} does not exist` });
              continue;
            }
            target = byPath.get(rel);
          }
          if (anchor && target && !anchorsOf(target).has(anchor)) {
            out.push({ ...at, message: `link to ${link.href}: no heading or anchor with id #${anchor} in ${target === f ? 'this file' : target.file}` });
          }
        }
      }
    }
    return out;
  },
};
