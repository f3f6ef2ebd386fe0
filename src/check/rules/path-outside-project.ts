import { decodePath } from '../../model/markdown/inline.js';
import type { RuleFinding, Rule } from '../rule.js';
import { posix, resolve } from 'node:path';
import { ancestorRefusal, isExternal, markdownFiles, refusedTarget } from '../targets.js';

export const rule: Rule = {
  id: 'path-outside-project',
  severity: 'error',
  summary: 'an image or link leads outside the project (a ../ path or a symbolic link), or to a pipe or device: it is never read',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of ctx.manual.modules) {
      for (const f of markdownFiles(m)) {
        const targets = [
          ...f.images.map((i) => ({ what: 'image', href: i.src, path: i.path, line: i.line })),
          ...f.links.map((l) => ({ what: 'link', href: l.href, path: decodePath(l.href), line: l.line })),
        ];
        for (const t of targets) {
          if (isExternal(t.href) || t.path === '') continue;
          const why = refusedTarget(ctx, m, t.path);
          if (why) out.push({ file: f.file, line: t.line, module: m.id, lang: f.lang, message: `${t.what} ${t.href}: ${why.message}` });
        }
      }
    }
    // Partner logos of manual.yaml, relative to the manual folder.
    for (const p of ctx.manual.config.partners ?? []) {
      if (!p.logo || isExternal(p.logo)) continue;
      const rel = posix.normalize(p.logo);
      const why = rel.startsWith('../') || posix.isAbsolute(rel) ? ctx.refusal(resolve(ctx.manual.dir, rel)) : ancestorRefusal(ctx.manual.refusedFiles, rel);
      if (why) out.push({ file: ctx.manual.configFile, line: ctx.manual.configLineOf(['partners', ctx.manual.config.partners!.indexOf(p), 'logo']), message: `logo of ${p.name} ${p.logo}: ${why.message}` });
    }
    return out;
  },
};
