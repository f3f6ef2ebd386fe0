// A Markdown body → everything the checks, slides and readability read, each
// with its file line, from one CommonMark parse (markdown-it, set up to read
// as the build's pandoc reader does: tests/model/pandoc-agreement.test.ts).
import type { ParsedMarkdown } from './types.js';
import { LIMITS } from '../limits.js';
import { scanBlocks, UNREAD_DIVS, type LimitFinding } from './markdown/blocks.js';
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
  const lines = body.split('\n');
  const early = precheck(lines, firstLine);
  if (early) return { headings: [], sections: [], outline: [], images: [], links: [], anchors: [], lists: [], tables: [], divs: [], raw: [], breaks: [], text: [], limits: [early] };
  const tokens = markdownEngine().parse(body, {});
  const scan = scanBlocks(tokens, lines, firstLine, unreadDivs);
  const headings = scan.headings.map(({ endLine: _end, ...h }) => h);
  const { sections, outline } = buildSections({ lines, firstLine, headings: scan.headings, lists: scan.lists, images: scan.images });
  return { headings, sections, outline, images: scan.images, links: scan.links, anchors: scan.anchors, lists: scan.lists, tables: scan.tables, divs: scan.divs, raw: scan.raw, breaks: scan.breaks, text: scan.text, limits: scan.limits };
}

/**
 * What to refuse before parsing: a paragraph too long, or brackets nested
 * too deep (each costs the parsers time that grows faster than its size).
 */
const NOT_BLANK = /\S/;

function precheck(lines: readonly string[], firstLine: number): LimitFinding | undefined {
  let run = 0;
  let runStart = 0;
  let brackets = 0;
  let footnotes = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!NOT_BLANK.test(line)) {
      run = 0;
      brackets = 0;
      continue;
    }
    if (run === 0) runStart = i;
    run += line.length + 1;
    if (run > LIMITS.paragraphChars) {
      return { rule: 'input-too-large', line: firstLine + runStart, message: `more than ${LIMITS.paragraphChars} characters without a blank line start here; split the paragraph or table` };
    }
    if (!line.includes('[')) continue;
    if (line.includes('[^') && (footnotes += line.split('[^').length - 1) > LIMITS.footnotes) {
      return { rule: 'input-too-large', line: firstLine + i, message: `more than ${LIMITS.footnotes} footnote marks ([^…]) in one file; split it` };
    }
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 91 /* [ */ && ++brackets > LIMITS.depth * 2) {
        return { rule: 'too-deep', line: firstLine + i, message: `brackets are nested more than ${LIMITS.depth * 2} deep here` };
      } else if (c === 93 /* ] */ && brackets > 0) brackets--;
    }
  }
  return undefined;
}
