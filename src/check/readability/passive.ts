// Passive-voice hints for English text: retext-passive finds a form of "be"
// before an irregular past participle of its list ("was taken"); it has no
// regular participles, so "be" before a word in -ed ("was completed") is
// added here, less a few adjectives ("are tired"). retext and its
// English parser are loaded only when asked for (`loadPassiveFinder`): `check`
// reads every file, and most projects never turn this on.
import type { TextBlock } from '../../model/types.js';
import { blockLineAt, blockText } from './plain-text.js';
import { sentenceSpans } from './sentences.js';

export interface PassiveHit {
  /** File line where the phrase starts. */
  line: number;
  /** The "be" verb and the participle, as written: "was completed". */
  phrase: string;
}

/** The passive phrases of the reader's text (not the facilitator's notes) of an English file. */
export type PassiveFinder = (blocks: readonly TextBlock[]) => PassiveHit[];

/** retext-passive fires only right after one of these words: a block without any needs no parse. */
const BE = /(?<![\p{L}\p{N}])(?:am|are|is|was|were|be|been|being)\s+\p{L}/iu;

/** A form of "be" right before a regular past participle. */
const REGULAR = /(?<![\p{L}\p{N}'’])(?:am|are|is|was|were|be|been|being)\s+(\p{L}+ed)(?![\p{L}\p{N}'’-])/giu;

/** Words in -ed after "be" that describe how someone is rather than what was done to them, or are no verb at all. */
const NOT_PASSIVE = new Set([
  'ashamed', 'bored', 'concerned', 'confused', 'excited', 'hundred', 'indeed', 'interested', 'married', 'naked', 'need', 'pleased',
  'prepared', 'red', 'sacred', 'scared', 'supposed', 'surprised', 'tired', 'wicked', 'worried',
]);

/** [start, end) of each regular passive phrase of `text`. */
function regularPassives(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(REGULAR)) {
    if (NOT_PASSIVE.has(m[1]!.toLowerCase())) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export async function loadPassiveFinder(): Promise<PassiveFinder> {
  const [{ retext }, english, passive] = await Promise.all([import('retext'), import('retext-english'), import('retext-passive')]);
  const processor = retext().use(english.default).use(passive.default).freeze();
  return (blocks) => {
    const out: PassiveHit[] = [];
    for (const block of blocks) {
      if (block.unread) continue;
      const text = blockText(block);
      if (!BE.test(text)) continue;
      const spans = regularPassives(text);
      // retext parses only the sentences with a form of "be": parsing is what costs.
      for (const s of sentenceSpans(text)) {
        const sentence = text.slice(s.start, s.end);
        if (!BE.test(sentence)) continue;
        for (const message of processor.processSync(sentence).messages) {
          const place = message.place && 'start' in message.place ? message.place : undefined;
          if (place?.start.offset === undefined || place.end.offset === undefined) continue;
          const start = s.start + place.start.offset;
          // The phrase from the "be" verb: the message's place is the participle alone.
          const before = /(?<![\p{L}\p{N}])\p{L}+[^\p{L}\p{N}]+$/u.exec(text.slice(Math.max(s.start, start - 40), start));
          spans.push([before ? start - before[0].length : start, s.start + place.end.offset]);
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      let last = -1;
      for (const [from, end] of spans) {
        if (from === last) continue;
        last = from;
        out.push({ line: blockLineAt(block, from), phrase: text.slice(from, end).replace(/\s+/g, ' ') });
      }
    }
    return out;
  };
}
