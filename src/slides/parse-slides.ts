// slides.<lang>.md → slides: split at `---` lines or at `##` headings, speaker
// notes taken out of `::: notes` divs. Pure; lines are lines of the file.
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

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const RULE = /^\s{0,3}-{3,}\s*$/;
const H2 = /^\s{0,3}##\s+(.*?)\s*(?:\{[^}]*\})?\s*#*\s*$/;
const NOTES_OPEN = /^\s{0,3}:{3,}\s*(?:\{\s*\.notes[^}]*\}|notes)\s*$/;
const DIV_OPEN = /^\s{0,3}:{3,}\s*\S/;
const DIV_CLOSE = /^\s{0,3}:{3,}\s*$/;

export function parseSlides(file: Pick<SlidesFile, 'body' | 'bodyLine'>): Slide[] {
  const lines = file.body.split('\n');
  const slides: Slide[] = [];
  let cur: { title: string; line: number; body: string[]; notes: string[]; hasHeading: boolean } | undefined;
  let fence: string | undefined;
  let inNotes = false;
  let depth = 0; // open divs inside notes

  const flush = (): void => {
    if (!cur) return;
    const body = cur.body.join('\n').trim();
    if (cur.hasHeading || body) slides.push({ n: slides.length + 1, title: cur.title, line: cur.line, body, notes: cur.notes.join('\n').trim() });
    cur = undefined;
  };

  lines.forEach((text, i) => {
    const line = file.bodyLine + i;
    if (fence !== undefined) {
      (inNotes ? cur?.notes : cur?.body)?.push(text);
      if (FENCE.exec(text)?.[1]?.startsWith(fence[0]!)) fence = undefined;
      return;
    }
    const f = FENCE.exec(text);
    if (f) fence = f[1];
    if (inNotes) {
      if (DIV_CLOSE.test(text)) {
        if (depth === 0) {
          inNotes = false;
          return;
        }
        depth--;
      } else if (DIV_OPEN.test(text)) depth++;
      cur?.notes.push(text);
      return;
    }
    if (!f && RULE.test(text)) {
      flush();
      return;
    }
    const h = f ? undefined : H2.exec(text);
    if (h) {
      if (cur?.hasHeading || cur?.body.some((l) => l.trim())) flush();
      cur = { title: h[1] ?? '', line, body: [], notes: cur?.notes ?? [], hasHeading: true };
      return;
    }
    if (!f && NOTES_OPEN.test(text)) {
      cur ??= { title: '', line, body: [], notes: [], hasHeading: false };
      inNotes = true;
      depth = 0;
      return;
    }
    if (!cur) {
      if (!text.trim()) return;
      cur = { title: '', line, body: [], notes: [], hasHeading: false };
    }
    cur.body.push(text);
  });
  flush();
  return slides;
}

/** Notes as plain text for a printed handout: Markdown marks dropped. */
export function notesText(markdown: string): string {
  return markdown
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '• ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|\*|`/g, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
