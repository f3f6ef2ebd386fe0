// Making text drawable with a font that does not cover all of Unicode. The 14
// standard PDF fonts only encode WinAnsi (Latin-1 plus “smart quotes”, dashes,
// €, …): Spanish accents and ñ are in it; emoji, arrows and most other scripts
// are not, and pdf-lib throws on them. Nothing here throws. A substitute is
// used only when no font of the chain has the character: with Noto Sans Math
// in promokit's chain, → stays →.
import type { PDFFont } from 'pdf-lib';

/** Characters that have a close spelling in plain Latin text. */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2015', '—'], ['\u2212', '-'],
  ['\u2032', "'"], ['\u2033', '"'], ['\u2035', '`'], ['\u2039', '‹'], ['\u203a', '›'],
  ['\u2190', '<-'], ['\u2192', '->'], ['\u2194', '<->'], ['\u21d2', '=>'], ['\u21d0', '<='],
  ['\u2264', '<='], ['\u2265', '>='], ['\u2260', '!='], ['\u2248', '~'], ['\u2243', '~'],
  ['\u2713', '*'], ['\u2714', '*'], ['\u2705', '*'], ['\u2611', '*'], ['\u2717', 'x'], ['\u2718', 'x'], ['\u274c', 'x'], ['\u25cf', '•'], ['\u25aa', '•'],
  ['\u2023', '•'], ['\u2043', '-'], ['\u25e6', '•'], ['\u00ad', ''],
  ['\ufb00', 'ff'], ['\ufb01', 'fi'], ['\ufb02', 'fl'], ['\ufb03', 'ffi'], ['\ufb04', 'ffl'],
  ['\u2002', ' '], ['\u2003', ' '], ['\u2009', ' '], ['\u202f', ' '], ['\u2007', ' '], ['\u3000', ' '],
]);

/** Removed outright, with one space after them: emoji with their modifiers and joiners. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0e\ufe0f\u{E0020}-\u{E007F}]+ ?/gu;
/** Removed outright: zero-width marks, variation selectors, control characters. */
const INVISIBLE = /[\u200b\u200c\u2060\ufe00-\ufe0d\ufeff\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
const REPLACEMENT = '?';

const charsets = new WeakMap<PDFFont, ReadonlySet<number>>();

/** The code points `font` can encode. */
export function charsetOf(font: PDFFont): ReadonlySet<number> {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  return set;
}

/**
 * `text` with every character `font` cannot encode replaced: a close spelling
 * (→ becomes -> in a font without arrows, ő becomes o), nothing for emoji, `?` otherwise. Newlines are kept.
 */
export function sanitizeForFont(text: string, font: PDFFont): string {
  return sanitizeFor(text, charsetOf(font));
}

/** As sanitizeForFont, against a set of code points (testable without a font). */
export function sanitizeFor(text: string, charset: ReadonlySet<number>): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(EMOJI, (run) => keepEncodable(run, charset))
    .replace(INVISIBLE, '');
  let out = '';
  for (const ch of cleaned) out += ch === '\n' || encodable(ch, charset) ? ch : replace(ch, charset);
  return out.replace(/ +$/gm, '');
}

/**
 * Of a run of pictographs, what the font has (©, ®, ™ are pictographs too) or
 * has a substitute for (✅ → *); the space after it only if something stays.
 */
function keepEncodable(run: string, charset: ReadonlySet<number>): string {
  const kept = [...run.trimEnd()]
    .map((ch) => {
      if (encodable(ch, charset)) return ch;
      const substitute = SUBSTITUTES.get(ch);
      return substitute !== undefined && encodable(substitute, charset) ? substitute : '';
    })
    .join('');
  return kept === '' ? '' : kept + run.slice(run.trimEnd().length);
}

function replace(ch: string, charset: ReadonlySet<number>): string {
  const substitute = SUBSTITUTES.get(ch);
  if (substitute !== undefined && encodable(substitute, charset)) return substitute;
  // A letter with a diacritic the font lacks keeps its base letter: ő → o, ș → s.
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base !== ch && base !== '' && encodable(base, charset)) return base;
  return encodable(REPLACEMENT, charset) ? REPLACEMENT : '';
}

function encodable(text: string, charset: ReadonlySet<number>): boolean {
  for (const ch of text) if (!charset.has(ch.codePointAt(0) ?? -1)) return false;
  return true;
}
