import type { LangFile } from '../../model/types.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

/** A file whose level-2 headings carry ids can be compared by id; one without, only by position. */
export function hasIds(f: LangFile): boolean {
  return f.sections.some((s) => s.id !== undefined);
}

export const rule: Rule = {
  id: 'section-id-missing',
  severity: 'warning',
  summary: 'level-2 headings without a {#id}: languages are then compared by position only',
  check({ manual }) {
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const missing = f.sections.filter((s) => s.id === undefined);
        if (missing.length === 0) continue;
        const lines = missing.map((s) => s.line).join(', ');
        out.push({
          file: f.file,
          line: missing[0]!.line,
          module: m.id,
          lang: f.lang,
          message:
            `${missing.length} level-2 heading${missing.length > 1 ? 's have' : ' has'} no {#id} (line${missing.length > 1 ? 's' : ''} ${lines}), ` +
            `so sections are compared between languages by position only${hasIds(f) ? '' : ' and required sections cannot be checked'}; ` +
            `run "promokit ids ${m.relDir}" to add matching ids to every language`,
        });
      }
    }
    return out;
  },
};
