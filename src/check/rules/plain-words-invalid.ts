import { plainWordList, PLAIN_WORDS_FILE } from '../readability/plain-words.js';
import type { RuleFinding, Rule } from '../rule.js';

export const rule: Rule = {
  id: 'plain-words-invalid',
  severity: 'error',
  summary: `a ${PLAIN_WORDS_FILE} (the project's words to avoid) is not valid YAML or not a map of language → word → plainer word`,
  check({ manual }) {
    return plainWordList(manual).diagnostics.map((d): RuleFinding => ({ file: d.file, line: d.line, message: d.message }));
  },
};
