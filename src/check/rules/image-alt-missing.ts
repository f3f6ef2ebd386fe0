import type { RuleFinding, Rule } from '../rule.js';
import { markdownFiles } from '../targets.js';

export const rule: Rule = {
  id: 'image-alt-missing',
  severity: 'error',
  summary: 'an image has no alt text (what the picture shows, for screen readers and tagged PDFs)',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const img of f.images) {
          if (img.alt.length > 0) continue;
          const attrs = img.unreadAttributes;
          if (attrs && /\balt\s*=/.test(attrs)) {
            const fixed = attrs.replace(/'([^']*)'|‘([^’]*)’/g, (_, a: string | undefined, b: string | undefined) => `"${a ?? b ?? ''}"`);
            out.push({ file: f.file, line: img.line, module: m.id, lang: f.lang, message: `image ${img.src}: ${attrs} is printed as text, not read as alt text (the build's reader takes attribute values in double quotes only): write ${fixed}` });
            continue;
          }
          out.push({ file: f.file, line: img.line, module: m.id, lang: f.lang, message: `image ${img.src} has no alt text: write what it shows between the brackets, ![like this](${img.src})` });
        }
      }
    }
    return out;
  },
};
