import { blockLineAt, blockText } from '../readability/plain-text.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;

export const rule: Rule = {
  id: 'word-long',
  severity: 'warning',
  summary: 'a word of more letters than plain_language.word_letters in manual.yaml (off unless set)',
  check({ manual }) {
    const limit = manual.config.plain_language?.word_letters;
    if (limit === undefined) return [];
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const seen = new Set<string>();
        for (const block of f.text) {
          if (block.unread) continue;
          const text = blockText(block);
          for (const w of text.matchAll(WORD)) {
            if (w[0].length <= limit) continue;
            const letters = w[0].match(LETTER)?.length ?? 0;
            if (letters <= limit) continue;
            const line = blockLineAt(block, w.index);
            const key = `${line}\u0000${w[0].toLowerCase()}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({
              file: f.file,
              line,
              module: m.id,
              lang: f.lang,
              message: `"${w[0]}" has ${letters} letters, more than ${limit} (plain_language.word_letters in manual.yaml): a shorter, everyday word is easier to read`,
            });
          }
        }
      }
    }
    return out;
  },
};
