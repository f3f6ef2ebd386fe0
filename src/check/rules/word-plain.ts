import { plainWordHits, plainWordList, PLAIN_WORDS_FILE } from '../readability/plain-words.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

export const rule: Rule = {
  id: 'word-plain',
  severity: 'warning',
  summary: `a word or phrase of the project's ${PLAIN_WORDS_FILE} list, with the plainer word to write instead`,
  check({ manual }) {
    const list = plainWordList(manual);
    if (list.byLang.size === 0) return [];
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const words = list.byLang.get(f.lang);
        if (!words) continue;
        const seen = new Set<string>();
        for (const hit of plainWordHits(f.text, words)) {
          // The same word twice on a line is one thing to fix.
          const key = `${hit.line}\u0000${hit.found.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const instead = hit.entry.suggestions.map((s) => `"${s}"`).join(' or ');
          const listed = hit.entry.term.toLowerCase() === hit.found.toLowerCase() ? '' : ` (listed as "${hit.entry.term}")`;
          out.push({
            file: f.file,
            line: hit.line,
            module: m.id,
            lang: f.lang,
            message: `"${hit.found}" → ${instead}: ${hit.entry.file}${listed} asks for plainer words`,
          });
        }
      }
    }
    return out;
  },
};
