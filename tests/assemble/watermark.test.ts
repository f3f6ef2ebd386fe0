import { describe, expect, it } from 'vitest';
import { PDFName, PDFDict, PDFNumber } from 'pdf-lib';
import { InvalidAssembleOptionError } from '../../src/assemble/errors.js';
import { addWatermark, DEFAULT_WATERMARK } from '../../src/assemble/watermark.js';
import { savePdf } from '../../src/assemble/save.js';
import { load, makeDeck, pageTextItems, pageTexts, SIZES } from './fixtures.js';

describe('addWatermark', () => {
  it('stamps "BORRADOR / DRAFT" on every page, semi-transparent', async () => {
    const input = await makeDeck({ count: 3, size: [SIZES['16:9'], SIZES.portrait, SIZES['4:3']] });
    const bytes = await savePdf(await addWatermark(input));
    const texts = await pageTexts(bytes);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).toContain(DEFAULT_WATERMARK);
    const doc = await load(bytes);
    for (const page of doc.getPages()) {
      const states = page.node.Resources()?.lookup(PDFName.of('ExtGState'), PDFDict);
      const alphas = (states?.values() ?? []).map((v) => doc.context.lookup(v, PDFDict).lookup(PDFName.of('ca'), PDFNumber).asNumber());
      expect(alphas).toContain(0.18);
    }
  });

  it('runs diagonally, centred on the page', async () => {
    const bytes = await savePdf(await addWatermark(await makeDeck({ count: 1, size: [600, 400] }), { text: 'DRAFT' }));
    const items = await pageTextItems(bytes, 1);
    const mark = items.find((i) => i.str === 'DRAFT');
    expect(mark).toBeDefined();
    // Starts in the lower-left quarter of the page.
    expect(mark?.x).toBeLessThan(300);
    expect(mark?.y).toBeLessThan(200);
  });

  it('drops what no embedded font has instead of crashing (✍️), and draws → from Noto Sans Math', async () => {
    const bytes = await savePdf(await addWatermark(await makeDeck({ count: 1 }), { text: 'BORRADOR ✍️ → revisión' }));
    expect((await pageTexts(bytes))[0]).toContain('BORRADOR → revisión');
  });

  it('refuses an opacity outside 0..1', async () => {
    await expect(addWatermark(await makeDeck({ count: 1 }), { opacity: 2 })).rejects.toThrow(InvalidAssembleOptionError);
  });
});
