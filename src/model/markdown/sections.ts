// Headings → sections of every level, with what a translation must keep:
// text (for hashes), top-level list items, content lines and figures.
import { createHash } from 'node:crypto';
import type { ImageRef, ListInfo, Section } from '../types.js';
import type { HeadingSpan } from './blocks.js';

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

interface Parts {
  lines: string[];
  firstLine: number;
  headings: HeadingSpan[];
  lists: ListInfo[];
  images: ImageRef[];
}

/**
 * One section per heading (`outline`), ending at the next heading of the same
 * or a higher level; `sections` are the level-2 ones, which end at the next
 * level-1 or level-2 heading (the build splits the same way).
 */
export function buildSections(p: Parts): { sections: Section[]; outline: Section[] } {
  // Per line, prefix sums of words and of non-blank lines: each section's
  // counts are then two subtractions, however deep the outline.
  const words = new Int32Array(p.lines.length + 1);
  const filled = new Int32Array(p.lines.length + 1);
  p.lines.forEach((line, i) => {
    words[i + 1] = words[i]! + wordsIn(line);
    filled[i + 1] = filled[i]! + (/\S/.test(line) ? 1 : 0);
  });
  const sums = { words, filled };
  const outline = p.headings.map((h, k) => {
    let next = k + 1;
    while (next < p.headings.length && p.headings[next]!.level > h.level) next++;
    const nextAny = p.headings[k + 1];
    return section(p, sums, h, p.headings[next]?.line, nextAny?.line);
  });
  return { sections: outline.filter((s) => s.level === 2), outline };
}

function section(p: Parts, sums: { words: Int32Array; filled: Int32Array }, h: HeadingSpan, endBefore: number | undefined, ownEnd: number | undefined): Section {
  const last = p.firstLine + p.lines.length; // exclusive
  const to = endBefore ?? last;
  const from = h.line - p.firstLine;
  const end = to - p.firstLine;
  // Only level-1/2 sections are stamped and hashed; deeper ones need their size only.
  const text = h.level <= 2 ? normaliseSectionText(p.lines.slice(from, end)) : '';
  const contentLines = sums.filled[end]! - sums.filled[Math.min(end, h.endLine + 1 - p.firstLine)]!;
  const inside = (line: number, stop: number): boolean => line > h.endLine && line < stop;
  const listItems = p.lists.filter((l) => l.depth === 0 && !l.inDiv && inside(l.line, to)).reduce((n, l) => n + l.items, 0);
  const figures = p.images.filter((i) => inside(i.line, ownEnd ?? last)).length;
  return {
    level: h.level,
    id: h.id,
    title: h.text,
    line: h.line,
    endLine: h.level <= 2 ? h.line + text.split('\n').length - 1 : lastContentLine(p, h.line, to),
    text,
    hash: h.level <= 2 ? hashText(text) : '',
    listItems,
    contentLines,
    figures,
    words: sums.words[end]! - sums.words[from]!,
  };
}

function lastContentLine(p: Parts, from: number, to: number): number {
  let l = to - 1;
  while (l > from && (p.lines[l - p.firstLine] ?? '').trim() === '') l--;
  return l;
}

function wordsIn(line: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
