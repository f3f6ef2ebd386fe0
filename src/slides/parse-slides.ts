// slides.<lang>.md → slides: split at thematic breaks (`---`) or at `##`
// headings, speaker notes taken out of `::: notes` divs. Reads the blocks of
// the model's CommonMark parser, so a `---` inside code or under a line of
// text (a setext heading) splits nothing. Pure; lines are lines of the file.
import { topLevelBlocks } from '../model/markdown.js';
import { markdownEngine } from '../model/markdown/engine.js';
import { scanInline } from '../model/markdown/inline.js';
import type { SlidesFile } from '../model/types.js';

export interface Slide {
  /** 1-based position in the deck (the title slide is not counted). */
  n: number;
  title: string;
  /** File line of the slide's first line (its heading when it has one). */
  line: number;
  /** Markdown of the slide without its heading and notes. */
  body: string;
  /** Speaker notes, Markdown, '' when none. */
  notes: string;
}

const HEADING_ATTRS = /\s*\{[^{}]*\}\s*$/;

export function parseSlides(file: Pick<SlidesFile, 'body' | 'bodyLine'>): Slide[] {
  const lines = file.body.split('\n');
  const slides: Slide[] = [];
  let cur: { title: string; start: number; from: number; hasHeading: boolean; skip: Set<number>; notes: string[] } | undefined;
  let notes: string[] = [];

  const close = (to: number): void => {
    if (!cur) return;
    const body = lines
      .slice(cur.from, to)
      .filter((_, k) => !cur!.skip.has(cur!.from + k))
      .join('\n')
      .trim();
    if (cur.hasHeading || body) slides.push({ n: slides.length + 1, title: cur.title, line: file.bodyLine + cur.start, body, notes: cur.notes.join('\n').trim() });
    else notes = cur.notes; // notes before any slide go with the next one
    cur = undefined;
  };
  const open = (title: string, start: number, from: number, hasHeading: boolean): void => {
    cur = { title, start, from, hasHeading, skip: new Set(), notes };
    notes = [];
  };

  for (const b of topLevelBlocks(file.body)) {
    if (b.type === 'hr') {
      close(b.start);
      continue;
    }
    if (b.type === 'heading_open' && b.tag === 'h2') {
      close(b.start);
      open(b.content.replace(HEADING_ATTRS, '').trim(), b.start, b.end, true);
      continue;
    }
    if (!cur) open('', b.start, b.start, false);
    if (b.type === 'pk_div_open' && b.info === 'notes') {
      const closed = /^\s*:{3,}\s*$/.test(lines[b.end - 1] ?? '') && b.end - 1 > b.start;
      cur!.notes.push(lines.slice(b.start + 1, closed ? b.end - 1 : b.end).join('\n'));
      for (let l = b.start; l < b.end; l++) cur!.skip.add(l);
    }
  }
  close(lines.length);
  return slides;
}

/** Notes as plain text for a printed handout: Markdown marks dropped, list items as bullets. */
export function notesText(markdown: string): string {
  const tokens = markdownEngine().parse(markdown, {});
  const out: string[] = [];
  let bullet = false;
  for (const t of tokens) {
    if (t.type === 'list_item_open') bullet = true;
    if (t.type !== 'inline') continue;
    const scan = { parts: [] as { line: number; text: string }[], images: [], links: [], anchors: [] };
    scanInline(t.children ?? [], 1, scan);
    const text = scan.parts.map((p) => p.text).join('\n');
    out.push(bullet ? `• ${text}` : text);
    bullet = false;
  }
  return out.join('\n').trim();
}
