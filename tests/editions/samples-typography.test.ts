// The sample manuals as printed: read back, no word is broken at a line end
// (they do not allow hyphenation), in table cells above all, and one-language
// body lines stay within about 60–75 characters.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { loadProject } from '../../src/model/load-project.js';
import { readPages, type PageText } from './pdf-read.js';
import { brokenWords, charactersPerLine, textLines, wordsOf } from './text-lines.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANUALS = ['salud-mental', 'trabajo-agricola'];

let pdfs: Map<string, PageText[]>;
/** Every word the sample manuals' sources hold. */
let source: Set<string>;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'promokit-samples-'));
  const r = await buildManuals(loadProject(ROOT).project, { out, manuals: MANUALS });
  expect(r.failures.map((f) => f.format())).toEqual([]);
  const texts = MANUALS.flatMap((m) =>
    readdirSync(join(ROOT, 'manuals', m), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(md|ya?ml)$/.test(f))
      .map((f) => readFileSync(join(ROOT, 'manuals', m, f), 'utf8')),
  );
  source = wordsOf(texts.join(' '));
  pdfs = new Map();
  for (const o of r.outputs) pdfs.set(o.path.slice(out.length + 1), await readPages(new Uint8Array(readFileSync(o.path))));
}, 120_000);

describe('the sample manuals', () => {
  it('have tables, and no line of a table cell ends in a broken word', () => {
    let cells = 0;
    for (const [name, pages] of pdfs) {
      const body = name.includes('es-en') ? 11 : 12;
      // Table text is set at 0.92 of the body size (less when a table is fitted).
      const inCell = (l: { size: number }): boolean => l.size < body * 0.95 && l.size > 5 && l.size !== 9;
      const cellLines = pages.flatMap((p) => textLines(p)).filter(inCell);
      cells += cellLines.length;
      const broken = [...pages.flatMap((p) => brokenWords(p, source, inCell)), ...cellLines.filter((l) => /[-\u00ad]$/.test(l.text)).map((l) => l.text)];
      expect({ name, broken }).toEqual({ name, broken: [] });
    }
    expect(cells).toBeGreaterThan(100);
    // The heat table, in both columns of the bilingual edition.
    const parallel = pdfs.get('trabajo-agricola/trabajo-agricola.es-en.pdf')!;
    expect(parallel.some((p) => p.text.includes('Agotamiento por calor') && p.text.includes('Heat exhaustion'))).toBe(true);
  });

  it('break no word at a line end anywhere', () => {
    for (const [name, pages] of pdfs) {
      expect({ name, broken: pages.flatMap((p) => brokenWords(p, source)) }).toEqual({ name, broken: [] });
    }
  });

  it('set one-language body text in lines of about 60–75 characters', () => {
    for (const manual of MANUALS) {
      for (const lang of ['es', 'en']) {
        const { lines, median, max } = charactersPerLine(pdfs.get(`${manual}/${manual}.${lang}.pdf`)!, 12);
        expect(lines).toBeGreaterThan(50);
        expect({ manual, lang, median: median >= 60 && median <= 72, max: max <= 80 }).toEqual({ manual, lang, median: true, max: true });
      }
    }
  });
});
