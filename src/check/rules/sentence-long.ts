import { longSentences } from '../readability/long-sentences.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

/** Plain-language guides (the CDC Clear Communication Index among them) ask for sentences of 20–25 words at most. */
export const SENTENCE_WORDS = 25;

const quote = (s: string, max = 80): string => `"${s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s}"`;

export const rule: Rule = {
  id: 'sentence-long',
  severity: 'warning',
  summary: 'a sentence of more words than plain_language.sentence_words in manual.yaml (25 unless set)',
  check({ manual }) {
    const setting = manual.config.plain_language?.sentence_words;
    if (setting === false) return [];
    const limit = setting ?? SENTENCE_WORDS;
    const where = setting === undefined ? 'the default; plain_language.sentence_words in manual.yaml changes it' : 'plain_language.sentence_words in manual.yaml';
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        for (const s of longSentences(f.text, limit)) {
          out.push({
            file: f.file,
            line: s.line,
            module: m.id,
            lang: f.lang,
            message: `a sentence of ${s.words} words, more than ${limit} (${where}): ${quote(s.text)}; split it into shorter sentences`,
          });
        }
      }
    }
    return out;
  },
};
