// A line scanner for the parts of Markdown the checks need: headings, sections,
// images, links, fenced divs and list items, each with its line. A full parser
// (micromark) costs ~5 ms a file; this costs ~0.1 ms and is exact for the
// constructs of docs/authoring.md. Code blocks are skipped.
import { createHash } from 'node:crypto';
import type { Div, Heading, ImageRef, LinkRef, Section } from './types.js';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const DIV_OPEN = /^\s{0,3}(:{3,})\s*(?:\{\s*\.?([\w-]+)[^}]*\}|([\w-]+))\s*:*\s*$/;
const DIV_CLOSE = /^\s{0,3}:{3,}\s*$/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*$/;
const ATTRS = /\s*\{([^{}]*)\}\s*$/;
const LIST_ITEM = /^(?:\d{1,3}[.)]|[-*+])\s+\S/;
const IMAGE = /!\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const LINK = /(?<!!)\[((?:[^\][]|\[[^\]]*\])+)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;

/** Short, stable hash of a section's text: the unit of `stamp` and `translation-stale`. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** Normalise what should never make a translation stale: trailing spaces and blank-line runs. */
export function normaliseSectionText(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Splits `Title {#id .class}` into text and id. */
export function parseHeadingText(raw: string): { text: string; id: string | undefined } {
  const trimmed = raw.replace(/\s+#+\s*$/, '');
  const attrs = ATTRS.exec(trimmed);
  if (!attrs) return { text: trimmed.trim(), id: undefined };
  const id = /(?:^|\s)#([^\s}]+)/.exec(attrs[1] ?? '')?.[1];
  return { text: trimmed.slice(0, attrs.index).trim(), id };
}

export interface ScanResult {
  headings: Heading[];
  sections: Section[];
  images: ImageRef[];
  links: LinkRef[];
  divs: Div[];
}

/**
 * Scans a Markdown body. `firstLine` is the file line of the body's first line,
 * so every reported line is a line of the file.
 */
export function scanMarkdown(body: string, firstLine = 1): ScanResult {
  const lines = body.split('\n');
  const headings: Heading[] = [];
  const images: ImageRef[] = [];
  const links: LinkRef[] = [];
  const divs: Div[] = [];
  const openDivs: Div[] = [];
  // Per line: is it a list item at top level outside divs and code?
  const topListItem: boolean[] = new Array<boolean>(lines.length).fill(false);
  let fence: string | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = firstLine + i;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (DIV_CLOSE.test(line) && openDivs.length > 0) {
      const div = openDivs.pop()!;
      div.endLine = lineNo;
      continue;
    }
    const divOpen = DIV_OPEN.exec(line);
    if (divOpen) {
      const div: Div = { className: divOpen[2] ?? divOpen[3] ?? '', line: lineNo, endLine: lineNo };
      divs.push(div);
      openDivs.push(div);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const { text, id } = parseHeadingText(heading[2] ?? '');
      headings.push({ level: heading[1]!.length, text, id, line: lineNo });
      continue;
    }
    if (openDivs.length === 0 && LIST_ITEM.test(line)) topListItem[i] = true;
    if (line.includes('](')) {
      for (const m of line.matchAll(IMAGE)) images.push({ alt: (m[1] ?? '').trim(), src: m[2] ?? '', line: lineNo });
      for (const m of line.matchAll(LINK)) links.push({ text: (m[1] ?? '').trim(), href: m[2] ?? '', line: lineNo });
    }
  }
  for (const div of openDivs) div.endLine = firstLine + lines.length - 1;

  return { headings, sections: buildSections(lines, headings, topListItem, firstLine), images, links, divs };
}

function buildSections(lines: string[], headings: Heading[], topListItem: boolean[], firstLine: number): Section[] {
  const starts = headings.filter((h) => h.level <= 2);
  const sections: Section[] = [];
  for (let k = 0; k < starts.length; k++) {
    const h = starts[k]!;
    if (h.level !== 2) continue;
    const next = starts[k + 1];
    const from = h.line - firstLine;
    const to = next ? next.line - firstLine : lines.length; // exclusive
    const sectionLines = lines.slice(from, to);
    const text = normaliseSectionText(sectionLines);
    let listItems = 0;
    let contentLines = 0;
    for (let i = from + 1; i < to; i++) {
      if (topListItem[i]) listItems++;
      if ((lines[i] ?? '').trim() !== '') contentLines++;
    }
    const endLine = firstLine + from + text.split('\n').length - 1;
    sections.push({ id: h.id, title: h.text, line: h.line, endLine, text, hash: hashText(text), listItems, contentLines });
  }
  return sections;
}
