import type { RuleFinding, Rule } from '../rule.js';
import { markdownFiles } from '../targets.js';
import { inlineText } from '../readability/plain-text.js';

/** Link texts that say nothing about where the link goes, lowercase, without final punctuation. */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'aquí', 'aqui', 'acá', 'aca', 'clic aquí', 'click aquí', 'haga clic aquí', 'haz clic aquí', 'de clic aquí', 'dé clic aquí',
  'pulse aquí', 'presione aquí', 'este enlace', 'este link', 'enlace', 'link', 'más', 'leer más', 'ver más', 'lea más',
  'here', 'click here', 'click', 'this link', 'this', 'more', 'read more', 'learn more', 'see more', 'this page', 'esta página',
]);

/** Normalised link text: visible text, lowercase, no surrounding punctuation or spaces. */
export function linkWords(text: string): string {
  return inlineText(text).toLowerCase().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');
}

export const rule: Rule = {
  id: 'link-text-vague',
  severity: 'warning',
  summary: 'a link text such as "aquí" or "click here" does not say where the link goes',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of markdownFiles(m)) {
        for (const link of f.links) {
          const words = linkWords(link.text);
          if (!VAGUE_LINK_TEXTS.has(words)) continue;
          out.push({ file: f.file, line: link.line, module: m.id, lang: f.lang, message: `link text "${link.text}" does not say where it goes (screen readers list links by their text); name the destination, e.g. [${f.lang === 'es' ? 'Módulo 3: Depresión y ansiedad' : 'Module 3: Depression and anxiety'}](${link.href})` });
        }
      }
    }
    return out;
  },
};
