// Sentences and words of plain text (see plain-text.ts): a sentence ends at
// . ! ? … (with any closing quotes or brackets) followed by a space, and at
// the end of every block. A full stop is not an end after a known
// abbreviation, after a single-letter initial, or when the next word starts
// with a lowercase letter. Spanish opening ¿ ¡ are not ends.

export interface Sentence {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
  words: string[];
}

/** Abbreviations whose full stop does not end a sentence (lowercase, without the final dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Spanish
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'prof', 'profa', 'ud', 'uds', 'vd', 'vds', 'núm', 'no', 'pág', 'págs',
  'tel', 'aprox', 'av', 'avda', 'col', 'dpto', 'depto', 'ej', 'p', 'pp', 'cap', 'vol', 'admón', 'art', 'uu', 'ee',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'fig', 'inc', 'ltd', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.m', 'p.m',
]);

/** A word: letters and digits, with inner apostrophes or hyphens; it must hold a letter. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;

export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => HAS_LETTER.test(w));
}

/** A letter in either case: `[dD]`. Only the Kelvin sign lowercases to a further ASCII letter (k), in no abbreviation. */
const caseless = (word: string): string =>
  [...word].map((c) => (c === '.' ? '\\.' : c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c)).join('');
/** Before a full stop: an abbreviation, or a single letter (an initial), after a space, ( ¿ ¡ " “ « or the start. */
const ABBREVIATION_BEFORE = `(?:^|[\\s(¿¡"“«])(?:${[...ABBREVIATIONS].map(caseless).join('|')}|(?=[\\0-\\uFFFF])\\p{L})`;
const CLOSERS = `["'”’»)\\]]*(?=\\s|$)`;
/**
 * Where a sentence ends, in one expression (check splits every sentence of
 * every file, and a test per full stop in JavaScript cost twice as much): a
 * run of . ! ? … (from its first mark) with any closing quotes or brackets,
 * then a space or the end, and
 * - if the run holds ! or ?, always;
 * - else (. and … only) not when the next word starts with a lowercase
 *   letter, nor when a single full stop follows an abbreviation or an initial.
 */
const ENDS = new RegExp(
  `(?<![.!?…])(?:[.…]*[!?][.!?…]*${CLOSERS}|(?:(?<!${ABBREVIATION_BEFORE})\\.(?!\\.)|\\.(?=\\.)|…)[.…]*${CLOSERS}(?!\\s*\\p{Ll}))`,
  'gu',
);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A sentence as offsets of the text, spaces around it included. */
export interface Span {
  start: number;
  end: number;
}

function spansOfBlock(text: string, base: number, out: Span[]): void {
  let from = 0;
  // exec, not matchAll: matchAll copies the expression at every call.
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m !== null; m = ENDS.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: base + from, end: base + end });
    from = end;
  }
  out.push({ start: base + from, end: base + text.length });
}

/**
 * Where the sentences of plain text are, blocks separated by blank lines:
 * cheaper than `splitSentences` (no words), for callers that look at a few
 * sentences only. A span may hold no word (it is then no sentence).
 */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  if (text.includes('\n')) {
    const blockRe = /\n\s*\n/g;
    for (let m = blockRe.exec(text); m !== null; m = blockRe.exec(text)) {
      spansOfBlock(text.slice(from, m.index), from, out);
      from = m.index + m[0].length;
    }
  }
  spansOfBlock(from === 0 ? text : text.slice(from), from, out);
  return out;
}

/** The sentence at a span, or undefined when it holds no word. */
export function sentenceAt(text: string, span: Span): Sentence | undefined {
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  const words = wordsOf(body);
  if (words.length === 0) return undefined;
  return { start: span.start + lead, end: span.start + lead + body.length, text: body.replace(/\s+/g, ' '), words };
}

/** Sentences of plain text, blocks separated by blank lines. */
export function splitSentences(text: string): Sentence[] {
  return sentenceSpans(text).flatMap((span) => sentenceAt(text, span) ?? []);
}

/**
 * At least as many as the words of `text.slice(from, to)`, counted without a
 * regular expression: a word starts at a letter or digit after none, and any
 * character beyond ASCII may be a letter. For skipping short sentences cheaply.
 */
export function wordsAtMost(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const ascii = (c >= 48 && c <= 57) || isAsciiLetter(c);
    if ((ascii || c >= 128) && !inWord) n++;
    inWord = ascii;
  }
  return n;
}
