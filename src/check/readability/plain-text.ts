// The text a reader reads in a module body, for readability scores: the
// model's text blocks (paragraphs, headings, list items, definitions, table
// cells; no code, HTML, image syntax, link targets or attributes), without
// the notes for the person leading the session (`::: facilitator`, `::: notes`).
//
// Blocks are joined by a blank line ("\n\n"): a sentence never spans two
// blocks, so a list item or a heading without a full stop still ends a
// sentence. Each source line kept starts at a recorded offset, so a sentence's
// offset maps back to its line of the file (`lineAt`).
import { parseMarkdown, UNREAD_DIVS } from '../../model/markdown.js';
import { markdownEngine } from '../../model/markdown/engine.js';
import { scanInline } from '../../model/markdown/inline.js';
import type { TextBlock } from '../../model/types.js';

export { UNREAD_DIVS };

export interface PlainText {
  text: string;
  /** Offsets in `text` where a kept source line starts, ascending. */
  offsets: number[];
  /** File line (1-based) of the source line that starts at `offsets[i]`. */
  lines: number[];
}

/** Inline Markdown → the words a reader sees. */
export function inlineText(s: string): string {
  const tokens = markdownEngine().parseInline(s, {});
  const scan = { parts: [] as { line: number; text: string }[], images: [], links: [], anchors: [] };
  for (const t of tokens) scanInline(t.children ?? [], 1, scan);
  return scan.parts.map((p) => p.text).join(' ');
}

/**
 * The readable text of a Markdown body (parsed here) or of a file's text
 * blocks (`LangFile.text`, parsed once by the model). `firstLine` is the file
 * line of the body's first line; blocks already carry file lines.
 */
export function plainText(source: string | readonly TextBlock[], firstLine = 1, unread: ReadonlySet<string> = UNREAD_DIVS): PlainText {
  const blocks = typeof source === 'string' ? parseMarkdown(source, firstLine, unread).text : source;
  let text = '';
  const offsets: number[] = [];
  const lines: number[] = [];
  for (const b of blocks) {
    if (b.unread) continue;
    if (text) text += '\n\n';
    b.parts.forEach((part, k) => {
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

/** One block's text: its parts joined by "\n", as `plainText` joins them. */
export function blockText(block: TextBlock): string {
  return block.parts.length === 1 ? block.parts[0]!.text : block.parts.map((p) => p.text).join('\n');
}

/** File line of the character at `offset` of `blockText(block)`. */
export function blockLineAt(block: TextBlock, offset: number): number {
  let at = 0;
  for (const p of block.parts) {
    at += p.text.length + 1;
    if (offset < at) return p.line;
  }
  return block.parts[block.parts.length - 1]?.line ?? 1;
}
