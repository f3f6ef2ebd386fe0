// Benchmark: a 6-up handout of a 200-slide 16:9 deck (target: under 2 s).
// Returns the figures; printing them is the caller's business (npm run bench).
import { performance } from 'node:perf_hooks';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { loadPdf } from '../assemble/load.js';
import { nup, type PerPage } from '../assemble/nup.js';
import { savePdf } from '../assemble/save.js';

export interface HandoutBenchOptions {
  slides?: number;
  perPage?: PerPage;
}

export interface HandoutBenchResult {
  name: 'handout';
  slides: number;
  perPage: PerPage;
  /** Handout pages produced. */
  pages: number;
  deckBytes: number;
  handoutBytes: number;
  /** Time to build the fixture deck (not part of the target). */
  makeDeckMs: number;
  /** Load the deck bytes, lay out n-up, save: what `promokit handout` does. */
  handoutMs: number;
  targetMs: number;
  withinTarget: boolean;
}

const TARGET_MS = 2000;

export async function benchHandout(options: HandoutBenchOptions = {}): Promise<HandoutBenchResult> {
  const slides = options.slides ?? 200;
  const perPage = options.perPage ?? 6;

  const t0 = performance.now();
  const deck = await makeBenchDeck(slides);
  const t1 = performance.now();
  const doc = await nup([{ pdf: await loadPdf(deck, 'bench-deck.pdf'), title: 'Benchmark deck' }], { perPage });
  const bytes = await savePdf(doc);
  const t2 = performance.now();

  const handoutMs = Math.round(t2 - t1);
  return {
    name: 'handout',
    slides,
    perPage,
    pages: doc.getPageCount(),
    deckBytes: deck.length,
    handoutBytes: bytes.length,
    makeDeckMs: Math.round(t1 - t0),
    handoutMs,
    targetMs: TARGET_MS,
    withinTarget: handoutMs < TARGET_MS,
  };
}

/** A 16:9 deck (960 × 540 pt) with a title, bullets and shapes on every slide, like a real export. */
async function makeBenchDeck(slides: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= slides; i++) {
    const page = doc.addPage([960, 540]);
    page.drawRectangle({ x: 0, y: 460, width: 960, height: 80, color: rgb(0.1, 0.3, 0.5) });
    page.drawText(`Diapositiva ${i}: salud de la mujer`, { x: 40, y: 485, size: 32, font: bold, color: rgb(1, 1, 1) });
    for (let b = 0; b < 5; b++) {
      page.drawCircle({ x: 60, y: 400 - b * 60, size: 6, color: rgb(0.1, 0.3, 0.5) });
      page.drawText(`Punto ${b + 1}: información para promotoras y la comunidad`, { x: 80, y: 392 - b * 60, size: 24, font: regular });
    }
    page.drawEllipse({ x: 820, y: 120, xScale: 80, yScale: 60, color: rgb(0.9, 0.6, 0.2), opacity: 0.7 });
  }
  return doc.save();
}
