// Sentences of more than a number of words, with their lines, from the text
// blocks the model parsed (`LangFile.text`), without the notes for the person
// leading the session, as the readability scores read them. Each block is
// split alone (a sentence never spans two blocks), and only a span long
// enough to hold that many words is counted: `check` reads every file.
import type { TextBlock } from '../../model/types.js';
import { blockLineAt, blockText } from './plain-text.js';
import { sentenceAt, sentenceSpans, wordsAtMost } from './sentences.js';

export interface LongSentence {
  /** File line where the sentence starts. */
  line: number;
  words: number;
  text: string;
}

export function longSentences(blocks: readonly TextBlock[], limit: number): LongSentence[] {
  const out: LongSentence[] = [];
  // n words need n characters and n − 1 separators.
  const minChars = 2 * limit + 1;
  for (const block of blocks) {
    if (block.unread) continue;
    const parts = block.parts;
    let chars = parts.length - 1;
    for (const p of parts) chars += p.text.length;
    if (chars < minChars) continue;
    const text = blockText(block);
    for (const span of sentenceSpans(text)) {
      if (span.end - span.start < minChars || wordsAtMost(text, span.start, span.end) <= limit) continue;
      const s = sentenceAt(text, span);
      if (!s || s.words.length <= limit) continue;
      out.push({ line: blockLineAt(block, s.start), words: s.words.length, text: s.text });
    }
  }
  return out;
}

