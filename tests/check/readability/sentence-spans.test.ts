// The sentence splitter finds sentence ends with one regular expression
// (check splits every sentence of every file), where it first tested each
// full stop in JavaScript. Its answers must not change: here they are
// compared with the first splitter, on generated text full of
// abbreviations, initials, accents, quotes, ellipses, Unicode spaces and
// lowercase continuations.
import { describe, expect, it } from 'vitest';
import { longSentences } from '../../../src/check/readability/long-sentences.js';
import { sentenceSpans, splitSentences, wordsAtMost, wordsOf, type Sentence } from '../../../src/check/readability/sentences.js';
import { mulberry32 } from '../../../src/bench/prng.js';
import type { TextBlock } from '../../../src/model/types.js';

// ---- the splitter as it was written first: the reference ----
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'prof', 'profa', 'ud', 'uds', 'vd', 'vds', 'núm', 'no', 'pág', 'págs',
  'tel', 'aprox', 'av', 'avda', 'col', 'dpto', 'depto', 'ej', 'p', 'pp', 'cap', 'vol', 'admón', 'art', 'uu', 'ee',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'fig', 'inc', 'ltd', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.m', 'p.m',
]);
function referenceIsAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(¿¡"“«])((?:\p{L}+\.)*\p{L}+)$/u.exec(before);
  if (!m) return false;
  const token = m[1]!;
  if (token.length === 1) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}
function referenceBlock(text: string, base: number, out: Sentence[]): void {
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const words = wordsOf(body);
    if (words.length > 0) out.push({ start: base + from + lead, end: base + from + lead + body.length, text: body.replace(/\s+/g, ' '), words });
  };
  for (const m of text.matchAll(/[.!?…]+["'”’»)\]]*(?=\s|$)/g)) {
    const at = m.index;
    const end = at + m[0].length;
    if (/^[.…]+["'”’»)\]]*$/.test(m[0])) {
      if (m[0].startsWith('.') && !m[0].startsWith('..') && referenceIsAbbreviation(text.slice(from, at))) continue;
      const next = /\S/u.exec(text.slice(end));
      if (next && /\p{Ll}/u.test(next[0])) continue;
    }
    push(end);
    from = end;
  }
  push(text.length);
}
function referenceSplit(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    referenceBlock(text.slice(from, m.index), from, out);
    from = m.index + m[0].length;
  }
  referenceBlock(text.slice(from), from, out);
  return out;
}

// ---- generated text ----
const PIECES = [
  'casa', 'Casa', 'zona', 'yes', 'Zapata', 'salud', 'niños', 'Ñandú', 'árbol', 'Él', 'éxito', 'the', 'The', 'clinic', 'x', 'J', 'e', 'a',
  'Dr', 'dr', 'Sra', 'etc', 'e.g', 'i.e', 'núm', 'Núm', 'tel', 'no', 'approx', 'U.S', 'p.m', 'ABC', 'a1', '3', '3.5', '911',
  'ɨ', 'ꞌa', 'ña', 'Ábaco', 'İstanbul', '𝒜lpha', '𝒜', 'l’eau', "don't", 'bien-estar', 'DR', 'Etc', 'NÚM', 'x.sr', 'K', '\u212A', 'ſr',
];
const MARKS = ['.', '. ', '! ', '? ', '… ', '...', '?!', '.”', '."', '.»', '.)', '.]', ', ', '; ', ': ', ' ', ' ', ' ', '  ', '\n', '\n\n', '\n \n', '\t', '\u00a0', '\u2003', '(', '"', '“', '«', '¿', '¡', '-', '/', '.'];

function generate(rand: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    s += PIECES[Math.floor(rand() * PIECES.length)]!;
    s += MARKS[Math.floor(rand() * MARKS.length)]!;
  }
  return s;
}

describe('sentenceSpans and splitSentences', () => {
  it('split exactly as the regular-expression splitter, on 4,000 generated texts', () => {
    const rand = mulberry32(17);
    let sentences = 0;
    for (let i = 0; i < 4000; i++) {
      const text = generate(rand, 1 + Math.floor(rand() * 60));
      const expected = referenceSplit(text);
      expect(splitSentences(text), JSON.stringify(text)).toEqual(expected);
      sentences += expected.length;
    }
    expect(sentences).toBeGreaterThan(15000); // the texts do split
  });

  it('cover the text with spans, in order', () => {
    const text = 'Uno dos. Tres cuatro.\n\nCinco seis!';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end).trim())).toEqual(['Uno dos.', 'Tres cuatro.', '', 'Cinco seis!', '']);
  });

  it('count words at most as many as there are (the bound that lets long sentences be skipped)', () => {
    const rand = mulberry32(5);
    for (let i = 0; i < 2000; i++) {
      const text = generate(rand, 1 + Math.floor(rand() * 30));
      expect(wordsAtMost(text, 0, text.length)).toBeGreaterThanOrEqual(wordsOf(text).length);
    }
    expect(wordsAtMost('uno, dos y tres', 0, 15)).toBe(4);
  });
});

describe('longSentences', () => {
  it('finds exactly the sentences of more words than the limit, at their lines', () => {
    const rand = mulberry32(99);
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => generate(rand, 1 + Math.floor(rand() * 25)).replace(/\n/g, ' '));
      const block: TextBlock = { parts: lines.map((text, k) => ({ line: 10 + k, text })), unread: false };
      const limit = 3 + Math.floor(rand() * 10);
      const joined = lines.join('\n');
      const starts = lines.map((_, k) => lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0));
      const expected = referenceSplit(joined)
        .filter((s) => s.words.length > limit)
        .map((s) => ({ line: 10 + starts.filter((st) => st <= s.start).length - 1, words: s.words.length, text: s.text }));
      expect(longSentences([block], limit), JSON.stringify(joined)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(500);
  });

  it('skips the notes for the facilitator', () => {
    const long = `${'palabra '.repeat(40).trim()}.`;
    expect(longSentences([{ parts: [{ line: 3, text: long }], unread: true }], 25)).toEqual([]);
    expect(longSentences([{ parts: [{ line: 3, text: long }], unread: false }], 25)).toEqual([{ line: 3, words: 40, text: long }]);
  });
});
