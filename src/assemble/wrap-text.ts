// Breaking text into lines that fit a width, given a way to measure a string.

/** Measures the width of a string in points, e.g. `(s) => font.widthOfTextAtSize(s, size)`. */
export type Measure = (text: string) => number;

/**
 * Lines of `text` no wider than `maxWidth`: newlines start a new line, words
 * wrap at spaces, a word wider than the line is broken between characters.
 */
export function wrapText(text: string, measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of breakWord(word, measure, maxWidth)) {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word split into pieces no wider than `maxWidth` (at least one character each). */
function breakWord(word: string, measure: Measure, maxWidth: number): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** `text` cut and ended with `…` so that it fits `maxWidth` (or the whole text if it fits). */
export function ellipsize(text: string, measure: Measure, maxWidth: number, ellipsis = '…'): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ellipsis) > maxWidth) chars.pop();
  return chars.length === 0 ? '' : chars.join('').trimEnd() + ellipsis;
}
