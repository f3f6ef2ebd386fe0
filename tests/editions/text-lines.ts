// Lines of text read back from a page: the runs pdfjs gives, grouped by
// baseline and column, for measuring line lengths and finding words broken
// at line ends.
import type { PageText } from './pdf-read.js';

export interface TextLine {
  text: string;
  /** Start of the first run and end of the last, in points. */
  x: number;
  end: number;
  y: number;
  /** The size most of the line's characters are set in. */
  size: number;
}

/**
 * The lines of a page, top to bottom. Runs on one baseline more than `gap`
 * points apart (the two columns of the parallel layout, table cells) are
 * separate lines.
 */
export function textLines(page: PageText, gap = 6): TextLine[] {
  const rows = new Map<number, PageText['items']>();
  for (const it of page.items) {
    if (it.str === '') continue;
    const key = Math.round(it.y * 2) / 2;
    rows.set(key, [...(rows.get(key) ?? []), it]);
  }
  const lines: TextLine[] = [];
  for (const [y, row] of [...rows.entries()].sort((a, b) => b[0] - a[0])) {
    row.sort((a, b) => a.x - b.x);
    let current: PageText['items'] = [];
    const flush = (): void => {
      const text = current.map((it) => it.str).join('').trim();
      if (text !== '') {
        const bySize = new Map<number, number>();
        for (const it of current) bySize.set(Math.round(it.size * 10) / 10, (bySize.get(Math.round(it.size * 10) / 10) ?? 0) + it.str.length);
        const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        const last = current[current.length - 1]!;
        lines.push({ text, x: current[0]!.x, end: last.x + last.width, y, size });
      }
      current = [];
    };
    for (const it of row) {
      const prev = current[current.length - 1];
      if (prev && it.x - (prev.x + prev.width) > gap) flush();
      current.push(it);
    }
    flush();
  }
  return lines;
}

/** The words of some text, lower-cased: runs of letters. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []);
}

/**
 * Words broken at a line end, as `frag|ment`: the last word of a line that is
 * no word of `source` but one with the first word of the line below it in the
 * same column (of the lines `only` accepts). Read from the words, not the hyphen: how a PDF maps its hyphen
 * glyph to text (`-`, a soft hyphen or nothing) depends on its first use.
 */
export function brokenWords(page: PageText, source: ReadonlySet<string>, only: (line: TextLine) => boolean = () => true): string[] {
  const lines = textLines(page);
  const broken: string[] = [];
  for (const line of lines.filter(only)) {
    const last = /([\p{L}\p{M}]+)[-\u00ad]?\s*$/u.exec(line.text)?.[1];
    if (!last) continue;
    // The line below in the same column: nearest under it, starting within 20 pt (a hanging indent, a list marker).
    const below = lines
      .filter((l) => l.y < line.y && line.y - l.y < 2.5 * line.size && Math.abs(l.x - line.x) < 20)
      .sort((a, b) => b.y - a.y)[0];
    const next = below && /^([\p{L}\p{M}]+)/u.exec(below.text)?.[1];
    if (!next) continue;
    const whole = (last + next).toLowerCase();
    if (source.has(whole) && !source.has(last.toLowerCase())) broken.push(`${last}|${next}`);
  }
  return broken;
}

/** Characters in the lines set in `size` that run (nearly) the full measure: their median and largest. */
export function charactersPerLine(pages: readonly PageText[], size: number): { lines: number; median: number; max: number } {
  const body = pages.flatMap((p) => textLines(p)).filter((l) => Math.abs(l.size - size) < 0.2 && !/\.\s\.\s\./.test(l.text));
  const measure = Math.max(...body.map((l) => l.end - l.x));
  const full = body.filter((l) => l.end - l.x >= 0.85 * measure).map((l) => [...l.text].length).sort((a, b) => a - b);
  return { lines: full.length, median: full[Math.floor((full.length - 1) / 2)] ?? 0, max: full[full.length - 1] ?? 0 };
}
