import { describe, expect, it } from 'vitest';
import { handoutFrame, LAYOUT, PER_PAGE } from '../../src/assemble/handout-layout.js';
import type { Rect } from '../../src/assemble/fit.js';
import { SIZES } from './fixtures.js';

const LETTER = { width: 612, height: 792 };
const A4 = { width: 595.28, height: 841.89 };
const inside = (r: Rect, page: { width: number; height: number }): boolean =>
  r.x >= LAYOUT.margin - 1e-6 &&
  r.y >= LAYOUT.margin - 1e-6 &&
  r.x + r.width <= page.width - LAYOUT.margin + 1e-6 &&
  r.y + r.height <= page.height - LAYOUT.margin + 1e-6;
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

describe('handoutFrame', () => {
  it('puts notes beside 16:9 slides at 3 a page (the classic handout) and under them at 4, 6, 9', () => {
    const slide = { width: 720, height: 405 };
    expect(handoutFrame(LETTER, 3, slide, true).notesPlacement).toBe('beside');
    for (const n of [4, 6, 9] as const) expect(handoutFrame(LETTER, n, slide, true).notesPlacement).toBe('below');
    expect(handoutFrame(LETTER, 3, slide, false).notesPlacement).toBe('none');
  });

  it('puts notes beside portrait slides', () => {
    expect(handoutFrame(LETTER, 2, { width: 595, height: 842 }, true).notesPlacement).toBe('beside');
  });

  for (const [paperName, paper] of [['letter', LETTER], ['a4', A4]] as const) {
    for (const [sizeName, [w, h]] of Object.entries(SIZES)) {
      it(`${paperName}, ${sizeName}: every cell inside the margins, nothing overlapping, slide aspect kept`, () => {
        for (const perPage of PER_PAGE) {
          for (const withNotes of [true, false]) {
            const frame = handoutFrame(paper, perPage, { width: w, height: h }, withNotes);
            expect(frame.cells).toHaveLength(perPage);
            const rects = frame.cells.flatMap((c) => (c.notes ? [c.slide, c.notes] : [c.slide]));
            for (const r of rects) expect(inside(r, paper)).toBe(true);
            for (const [i, a] of rects.entries()) for (const b of rects.slice(i + 1)) expect(overlap(a, b)).toBe(false);
            for (const c of frame.cells) {
              expect(c.slide.width / c.slide.height).toBeCloseTo(w / h, 6);
              expect(overlap(c.slide, frame.header)).toBe(false);
              expect(overlap(c.slide, frame.footer)).toBe(false);
              if (withNotes) expect(Math.min(c.notes?.width ?? 0, c.notes?.height ?? 0)).toBeGreaterThan(20);
            }
          }
        }
      });
    }
  }
});
