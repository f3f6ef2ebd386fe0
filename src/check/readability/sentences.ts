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

const END = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;

function isAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(¿¡"“«])((?:\p{L}+\.)*\p{L}+)$/u.exec(before);
  if (!m) return false;
  const token = m[1]!;
  if (token.length === 1) return true; // an initial: J. Pérez
  return ABBREVIATIONS.has(token.toLowerCase());
}

function splitBlock(text: string, base: number, out: Sentence[]): void {
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const words = wordsOf(body);
    if (words.length > 0) out.push({ start: base + from + lead, end: base + from + lead + body.length, text: body.replace(/\s+/g, ' '), words });
  };
  for (const m of text.matchAll(END)) {
    const at = m.index;
    const end = at + m[0].length;
    if (/^[.…]+["'”’»)\]]*$/.test(m[0])) {
      // a full stop or an ellipsis: not an end after an abbreviation or before a lowercase word
      if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(text.slice(from, at))) continue;
      const next = /\S/u.exec(text.slice(end));
      if (next && /\p{Ll}/u.test(next[0])) continue;
    }
    push(end);
    from = end;
  }
  push(text.length);
}

/** Sentences of plain text, blocks separated by blank lines. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const blockRe = /\n\s*\n/g;
  let from = 0;
  for (const m of text.matchAll(blockRe)) {
    splitBlock(text.slice(from, m.index), from, out);
    from = m.index + m[0].length;
  }
  splitBlock(text.slice(from), from, out);
  return out;
}
