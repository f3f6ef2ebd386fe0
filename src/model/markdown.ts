// A Markdown body → everything the checks, slides and readability read, each
// with its file line, from one CommonMark parse (markdown-it, set up to read
// as the build's pandoc reader does: tests/model/pandoc-agreement.test.ts).
import type { ParsedMarkdown } from './types.js';
import { scanBlocks, UNREAD_DIVS } from './markdown/blocks.js';
import { markdownEngine } from './markdown/engine.js';
import { buildSections } from './markdown/sections.js';

export { hashText, normaliseSectionText } from './markdown/sections.js';
export { UNREAD_DIVS } from './markdown/blocks.js';

/** Block tokens of a body at the top level (not inside lists, quotes or divs): for slides. */
export function topLevelBlocks(body: string): { type: string; tag: string; info: string; content: string; start: number; end: number }[] {
  const tokens = markdownEngine().parse(body, {});
  return tokens.flatMap((t, i) => {
    if (t.level !== 0 || t.nesting === -1 || !t.map) return [];
    const inline = t.type === 'heading_open' ? tokens[i + 1] : undefined;
    return [{ type: t.type, tag: t.tag, info: t.info, content: inline?.content ?? t.content, start: t.map[0], end: t.map[1] }];
  });
}

export type MarkdownScan = Omit<ParsedMarkdown, 'data' | 'fieldLines' | 'body' | 'bodyLine'>;

/**
 * Parses a Markdown body. `firstLine` is the file line of the body's first
 * line, so every reported line is a line of the file.
 */
export function parseMarkdown(body: string, firstLine = 1, unreadDivs: ReadonlySet<string> = UNREAD_DIVS): MarkdownScan {
  const tokens = markdownEngine().parse(body, {});
  const lines = body.split('\n');
  const scan = scanBlocks(tokens, lines, firstLine, unreadDivs);
  const headings = scan.headings.map(({ endLine: _end, ...h }) => h);
  const { sections, outline } = buildSections({ lines, firstLine, headings: scan.headings, lists: scan.lists, images: scan.images });
  return { headings, sections, outline, images: scan.images, links: scan.links, anchors: scan.anchors, lists: scan.lists, tables: scan.tables, divs: scan.divs, breaks: scan.breaks, text: scan.text };
}
