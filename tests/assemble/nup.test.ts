import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { InvalidPerPageError, NotesCountError, UnsupportedPdfContentError } from '../../src/assemble/errors.js';
import { handoutPageCount, nup, parsePerPage, PER_PAGE, type PerPage } from '../../src/assemble/nup.js';
import { savePdf } from '../../src/assemble/save.js';
import { PAPER_SIZES } from '../../src/assemble/paper.js';
import { contentOf, drawnForms, load, makeDeck, pageTexts, pageTextItems, SIZES, strokedLines } from './fixtures.js';

/** Slide labels (`A1`, `B12`…) in the text of a page, in order. */
function labels(text: string, prefix = '[A-Z]'): string[] {
  return text.match(new RegExp(`\\b${prefix}\\d+\\b`, 'g')) ?? [];
}

async function handout(decks: Parameters<typeof nup>[0], options: Parameters<typeof nup>[1] = {}): Promise<Uint8Array> {
  return savePdf(await nup(decks, options));
}

/** XObjects drawn on a page: one per slide. */
function formsOn(doc: PDFDocument, index: number): number {
  return drawnForms(contentOf(doc.getPage(index))).length;
}

describe('parsePerPage', () => {
  it('accepts 1, 2, 3, 4, 6, 9 as numbers or strings', () => {
    for (const n of PER_PAGE) {
      expect(parsePerPage(n)).toBe(n);
      expect(parsePerPage(String(n))).toBe(n);
    }
  });
  it.each(['5', '0', '12', 'three', '3.5', ''])('refuses %j with a named usage error', (v) => {
    expect(() => parsePerPage(v)).toThrow(InvalidPerPageError);
    expect(() => parsePerPage(v)).toThrow(/1, 2, 3, 4, 6 or 9/);
  });
});

describe('nup page counts and sizes', () => {
  const slides = 11;
  it.each(PER_PAGE.map((p) => [p]))('%i per page: ceil(11 / n) letter pages, each slide once, in order', async (perPage: PerPage) => {
    const bytes = await handout([{ pdf: await makeDeck({ label: 'A', count: slides }), title: 'Deck A' }], { perPage });
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(Math.ceil(slides / perPage));
    expect(doc.getPageCount()).toBe(handoutPageCount(slides, perPage));
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(612, 2);
      expect(page.getHeight()).toBeCloseTo(792, 2);
    }
    const texts = await pageTexts(bytes);
    const expected = Array.from({ length: slides }, (_, i) => `A${i + 1}`);
    // Each page holds the next perPage slides, in order.
    texts.forEach((text, p) => {
      expect(labels(text)).toEqual(expected.slice(p * perPage, (p + 1) * perPage));
      expect(formsOn(doc, p)).toBe(Math.min(perPage, slides - p * perPage));
    });
  });

  it('uses A4 when asked', async () => {
    const doc = await load(await handout([{ pdf: await makeDeck({ count: 4 }) }], { paper: 'a4' }));
    expect(doc.getPage(0).getWidth()).toBeCloseTo(595.28, 2);
    expect(doc.getPage(0).getHeight()).toBeCloseTo(841.89, 2);
    expect(PAPER_SIZES.a4).toEqual([595.28, 841.89]);
  });

  it('defaults to 3 slides a page with note lines', async () => {
    const doc = await load(await handout([{ pdf: await makeDeck({ count: 7 }) }]));
    expect(doc.getPageCount()).toBe(3);
    expect(formsOn(doc, 0)).toBe(3);
    expect(strokedLines(contentOf(doc.getPage(0)))).toBeGreaterThan(3 * 5);
  });

  it('refuses a per-page value outside the list', async () => {
    await expect(nup([{ pdf: await makeDeck({ count: 2 }) }], { perPage: 5 as PerPage })).rejects.toThrow(InvalidPerPageError);
  });
});

describe('nup decks, headers and footers', () => {
  it('starts each deck on a new page with its own title, and numbers pages n / total', async () => {
    const bytes = await handout(
      [
        { pdf: await makeDeck({ label: 'A', count: 4 }), title: 'Bienvenida — Módulo 1' },
        { pdf: await makeDeck({ label: 'B', count: 2 }), title: 'Nutrición y niñez' },
      ],
      { perPage: 3 },
    );
    const texts = await pageTexts(bytes);
    expect(texts).toHaveLength(3);
    expect(labels(texts[0] ?? '')).toEqual(['A1', 'A2', 'A3']);
    expect(labels(texts[1] ?? '')).toEqual(['A4']);
    expect(labels(texts[2] ?? '')).toEqual(['B1', 'B2']);
    expect(texts[0]).toContain('Bienvenida — Módulo 1');
    expect(texts[1]).toContain('Bienvenida — Módulo 1');
    expect(texts[2]).toContain('Nutrición y niñez');
    expect(texts[2]).not.toContain('Bienvenida');
    expect(texts.map((t) => t.match(/\d+ \/ \d+/)?.[0])).toEqual(['1 / 3', '2 / 3', '3 / 3']);
  });

  it('puts the header above and the page number below every slide', async () => {
    const bytes = await handout([{ pdf: await makeDeck({ label: 'A', count: 3 }), title: 'Title' }]);
    const items = await pageTextItems(bytes, 1);
    const y = (s: string): number => items.find((i) => i.str.includes(s))?.y ?? NaN;
    expect(y('Title')).toBeGreaterThan(y('A1'));
    expect(y('A1')).toBeGreaterThan(y('A2'));
    expect(y('A3')).toBeGreaterThan(y('1 / 1'));
    expect(y('1 / 1')).toBeGreaterThanOrEqual(36);
  });

  it('can leave page numbers out', async () => {
    const texts = await pageTexts(await handout([{ pdf: await makeDeck({ count: 2 }) }], { pageNumbers: false }));
    expect(texts[0]).not.toMatch(/\d+ \/ \d+/);
  });
});

describe('nup slides', () => {
  it('keeps each slide vector: a Form XObject per slide, no images', async () => {
    const doc = await load(await handout([{ pdf: await makeDeck({ count: 3 }) }]));
    const page = doc.getPage(0);
    const resources = page.node.Resources();
    const xobjects = resources?.lookup(PDFName.of('XObject'), PDFDict);
    const subtypes = (xobjects?.keys() ?? []).map((k) => {
      const stream = doc.context.lookup(xobjects?.get(k));
      return stream && 'dict' in stream ? String((stream.dict as PDFDict).get(PDFName.of('Subtype'))) : '';
    });
    expect(subtypes).toEqual(['/Form', '/Form', '/Form']);
  });

  it.each(Object.entries(SIZES))('fits %s slides keeping their aspect ratio, inside the margins', async (_name, size) => {
    for (const perPage of PER_PAGE) {
      const doc = await load(await handout([{ pdf: await makeDeck({ count: perPage, size }) }], { perPage }));
      const forms = drawnForms(contentOf(doc.getPage(0)));
      expect(forms).toHaveLength(perPage);
      for (const f of forms) {
        expect(f.sx).toBeCloseTo(f.sy, 6); // same scale both ways: aspect kept
        expect(f.x).toBeGreaterThanOrEqual(36 - 1e-6);
        expect(f.y).toBeGreaterThanOrEqual(36 - 1e-6);
        expect(f.x + size[0] * f.sx).toBeLessThanOrEqual(612 - 36 + 1e-6);
        expect(f.y + size[1] * f.sy).toBeLessThanOrEqual(792 - 36 + 1e-6);
      }
    }
  });

  it('draws slides of mixed sizes in one deck, each with its own aspect ratio', async () => {
    const sizes = [SIZES['16:9'], SIZES['4:3'], SIZES.portrait, SIZES['A4 landscape']];
    const bytes = await handout([{ pdf: await makeDeck({ label: 'M', count: 4, size: sizes }) }], { perPage: 4 });
    const forms = drawnForms(contentOf((await load(bytes)).getPage(0)));
    expect(forms).toHaveLength(4);
    for (const f of forms) expect(f.sx).toBeCloseTo(f.sy, 6);
    expect(labels((await pageTexts(bytes))[0] ?? '')).toEqual(['M1', 'M2', 'M3', 'M4']);
  });

  it('shows a page with /Rotate 90 upright (rotated in the handout)', async () => {
    // A4 portrait media box shown landscape by /Rotate 90.
    const bytes = await handout([{ pdf: await makeDeck({ count: 1, size: SIZES.portrait, rotate: 90 }) }], { perPage: 1, lines: false });
    const content = contentOf((await load(bytes)).getPage(0));
    // A quarter turn clockwise: cos = 0, sin = -1 in the rotation matrix.
    const turn = content.match(/\n(\S+) (\S+) (\S+) (\S+) 0 0 cm\n\S+ 0 0 \S+ 0 0 cm\n1 0 0 1 0 0 cm\n\/EmbeddedPdfPage/);
    expect(turn?.slice(1, 5).map((n) => Math.round(Number(n)))).toEqual([0, -1, 1, 0]);
    const items = await pageTextItems(bytes, 1);
    expect(items.some((i) => i.str === 'S1')).toBe(true);
  });

  it('draws a blank slide (a page without content) as an empty frame', async () => {
    const bytes = await handout([{ pdf: await makeDeck({ label: 'A', count: 3, blank: [1] }) }]);
    const doc = await load(bytes);
    expect(formsOn(doc, 0)).toBe(2);
    expect(labels((await pageTexts(bytes))[0] ?? '')).toEqual(['A1', 'A3']);
  });

  it('draws a thin border around each slide', async () => {
    const doc = await load(await handout([{ pdf: await makeDeck({ count: 3 }) }], { lines: false }));
    const content = contentOf(doc.getPage(0));
    expect((content.match(/\bh\s+S\b/g) ?? []).length).toBe(3);
  });
});

describe('nup notes', () => {
  it('draws note lines by default and none with lines: false', async () => {
    const deck = await makeDeck({ count: 3 });
    const withLines = await load(await handout([{ pdf: deck }], { perPage: 3 }));
    const without = await load(await handout([{ pdf: deck }], { perPage: 3, lines: false }));
    // Only the header rule is left without note lines.
    const ruled = strokedLines(contentOf(withLines.getPage(0))) - 1;
    expect(ruled % 3).toBe(0);
    expect(ruled / 3).toBeGreaterThanOrEqual(8); // 3-up: a slide's height of lines, every 18 pt
    expect(strokedLines(contentOf(without.getPage(0)))).toBe(1);
  });

  it.each(PER_PAGE.map((p) => [p]))('%i per page: every slide gets note lines', async (perPage: PerPage) => {
    const doc = await load(await handout([{ pdf: await makeDeck({ count: perPage }) }], { perPage }));
    const ruled = strokedLines(contentOf(doc.getPage(0))) - 1;
    expect(ruled).toBeGreaterThanOrEqual(perPage * 3);
    expect(ruled % perPage).toBe(0);
  });

  it('prints speaker notes instead of lines, wrapped, with Spanish accents and without crashing on emoji', async () => {
    const long = 'Pregunte a la señora cómo está su niño y anote la respuesta. '.repeat(4);
    const notes = [`${long}“Comillas” — ¿sí? ¡Ñandú! 👍🏽 → siguiente ✅`, undefined, 'Nota corta'];
    const bytes = await handout([{ pdf: await makeDeck({ label: 'A', count: 3 }), notes }], { perPage: 3 });
    const doc = await load(bytes);
    const text = (await pageTexts(bytes))[0] ?? '';
    expect(text).toContain('Pregunte a la señora');
    expect(text).toContain('“Comillas” — ¿sí? ¡Ñandú!');
    expect(text).toContain('→ siguiente'); // Noto Sans Math draws the arrow
    expect(text).toContain('Nota corta');
    const items = await pageTextItems(bytes, 1);
    expect(items.filter((i) => i.str.includes('señora')).length).toBeGreaterThan(1); // wrapped over several lines
    // Slide 2 has no note: it gets lines (plus the header rule).
    const ruled = strokedLines(contentOf(doc.getPage(0))) - 1;
    expect(ruled).toBeGreaterThan(3);
    expect(labels(text, 'A')).toEqual(['A1', 'A2', 'A3']);
  });

  it('keeps long notes inside their box by shrinking, then cutting with …', async () => {
    const notes = ['palabra '.repeat(2000)];
    const bytes = await handout([{ pdf: await makeDeck({ count: 1 }), notes }], { perPage: 9 });
    const items = await pageTextItems(bytes, 1);
    const noteLines = items.filter((i) => i.str.includes('palabra'));
    expect(noteLines.at(-1)?.str.endsWith('…')).toBe(true);
    const lowest = Math.min(...noteLines.map((i) => i.y));
    expect(lowest).toBeGreaterThan(36);
  });

  it('refuses more notes than slides', async () => {
    await expect(nup([{ pdf: await makeDeck({ count: 2 }), notes: ['a', 'b', 'c'], file: 'deck.pdf' }])).rejects.toThrow(NotesCountError);
  });

  it('names the deck and page whose content pdf-lib cannot copy', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([720, 405]);
    const page = doc.addPage([720, 405]);
    const stream = doc.context.stream(new Uint8Array([1, 2, 3]), { Filter: 'JBIG2Decode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    const err = await nup([{ pdf: await doc.save(), file: 'odd.pdf' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsupportedPdfContentError);
    expect((err as UnsupportedPdfContentError).file).toBe('odd.pdf');
    expect((err as UnsupportedPdfContentError).message).toMatch(/^page 2 cannot be copied/);
  });

  it('shows only the crop box of a page, like a viewer', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([800, 600]);
    page.setCropBox(100, 100, 400, 300);
    page.drawText('X', { x: 200, y: 200, size: 40 });
    const out = await load(await handout([{ pdf: await doc.save() }], { perPage: 1, lines: false }));
    const xobjects = out.getPage(0).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const form = out.context.lookup(xobjects?.values()[0]);
    const bbox = form && 'dict' in form ? String((form.dict as PDFDict).get(PDFName.of('BBox'))) : '';
    expect(bbox.replace(/\s+/g, ' ')).toBe('[ 100 100 500 400 ]');
  });
});
