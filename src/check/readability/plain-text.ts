// The text a reader reads in a module body, for readability scores: no front
// matter (the caller passes the body), code, fenced-div markers, heading marks,
// image syntax, link targets, list markers, table pipes, HTML, comments or
// attributes; and nothing of the notes for the person leading the session
// (`::: facilitator`, `::: notes`).
//
// The text is a list of blocks joined by a blank line ("\n\n"): a paragraph, a
// heading, a list item, a definition, a table cell. A sentence never spans two
// blocks, so a list item or a heading without a full stop still ends a
// sentence. Each source line kept starts at a recorded offset, so a sentence's
// offset maps back to its line of the file (`lineAt`).
import { parseHeadingText } from '../../model/markdown.js';
import { isDelimiterRow, splitTableRow } from './tables.js';

export interface PlainText {
  text: string;
  /** Offsets in `text` where a kept source line starts, ascending. */
  offsets: number[];
  /** File line (1-based) of the source line that starts at `offsets[i]`. */
  lines: number[];
}

/** Fenced divs whose content is not read by the audience. */
export const UNREAD_DIVS: ReadonlySet<string> = new Set(['facilitator', 'notes']);

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const DIV_OPEN = /^\s{0,3}:{3,}\s*(?:\{\s*\.?([\w-]+)[^}]*\}|([\w-]+))\s*:*\s*$/;
const DIV_CLOSE = /^\s{0,3}:{3,}\s*$/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+(.*?))?\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const DEFINITION = /^\s{0,3}:\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;

/** Inline Markdown → the words a reader sees. */
export function inlineText(s: string): string {
  return s
    .replace(/<!--.*?-->/g, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ') // inline code
    .replace(/!\[(?:[^\][]|\[[^\]]*\])*\](?:\([^)]*\)|\[[^\]]*\])(?:\{[^}]*\})?/g, ' ') // images
    .replace(/\[\^[^\]]*\]/g, '') // footnote references
    .replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\([^)]*\)(?:\{[^}]*\})?/g, '$1') // inline links → their text
    .replace(/\[((?:[^\][]|\[[^\]]*\])*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1') // bracketed spans [text]{.class}
    .replace(/\{[#.][^}]*\}/g, ' ') // attributes
    .replace(/<(?:https?:|mailto:)[^>]*>/g, ' ') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML tags
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ') // bare URLs
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_, c: string) => `\u{E000}${c.codePointAt(0)}\u{E001}`) // escapes, kept aside
    .replace(/\*{1,3}|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '') // emphasis
    .replace(/\u{E000}(\d+)\u{E001}/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The readable text of a Markdown body. `firstLine` is the file line of the
 * body's first line (`LangFile.bodyLine`).
 */
export function plainText(body: string, firstLine = 1, unread: ReadonlySet<string> = UNREAD_DIVS): PlainText {
  const src = body.split('\n');
  const blocks: { line: number; text: string }[][] = [];
  let block: { line: number; text: string }[] = [];
  const flush = (): void => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  const single = (line: number, text: string): void => {
    flush();
    if (text) blocks.push([{ line, text }]);
  };

  const divs: boolean[] = []; // per open div: is it unread?
  let fence: string | undefined;
  let comment = false;
  let inTable = false;

  for (let i = 0; i < src.length; i++) {
    let raw = (src[i] ?? '').replace(/\r$/, '');
    const lineNo = firstLine + i;
    if (fence !== undefined) {
      const m = FENCE.exec(raw);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (comment) {
      const end = raw.indexOf('-->');
      if (end === -1) continue;
      comment = false;
      raw = raw.slice(end + 3);
    }
    const open = raw.lastIndexOf('<!--');
    if (open !== -1 && raw.indexOf('-->', open) === -1) {
      comment = true;
      raw = raw.slice(0, open);
    }
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      fence = fenceMatch[1];
      flush();
      inTable = false;
      continue;
    }
    if (DIV_CLOSE.test(raw) && divs.length > 0) {
      divs.pop();
      flush();
      inTable = false;
      continue;
    }
    const divOpen = DIV_OPEN.exec(raw);
    if (divOpen) {
      divs.push(unread.has(divOpen[1] ?? divOpen[2] ?? '') || divs.some(Boolean));
      flush();
      inTable = false;
      continue;
    }
    if (divs.some(Boolean)) continue;

    if (raw.trim() === '' || THEMATIC_BREAK.test(raw)) {
      flush();
      inTable = false;
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      single(lineNo, inlineText(parseHeadingText(heading[1] ?? '').text));
      inTable = false;
      continue;
    }
    // A table starts at a row followed by a delimiter row and goes on while lines hold a pipe.
    const next = src[i + 1] ?? '';
    if (!inTable && raw.includes('|') && isDelimiterRow(next)) {
      inTable = true;
      for (const cell of splitTableRow(raw)) single(lineNo, inlineText(cell));
      i++; // the delimiter row
      continue;
    }
    if (inTable && raw.includes('|')) {
      for (const cell of splitTableRow(raw)) single(lineNo, inlineText(cell));
      continue;
    }
    inTable = false;

    let line = raw.replace(QUOTE, '');
    if (LIST_MARKER.test(line) || DEFINITION.test(line)) {
      flush();
      line = line.replace(LIST_MARKER, '').replace(DEFINITION, '');
    }
    const text = inlineText(line);
    if (text) block.push({ line: lineNo, text });
  }
  flush();

  let text = '';
  const offsets: number[] = [];
  const lines: number[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    b.forEach((part, k) => {
      if (k > 0) text += '\n';
      offsets.push(text.length);
      lines.push(part.line);
      text += part.text;
    });
  }
  return { text, offsets, lines };
}

/** File line of the character at `offset` of `pt.text`. */
export function lineAt(pt: PlainText, offset: number): number {
  let lo = 0;
  let hi = pt.offsets.length - 1;
  if (hi < 0) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pt.offsets[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pt.lines[lo]!;
}
