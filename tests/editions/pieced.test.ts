// Editions set in pieces and joined (src/editions/assemble-edition.ts): the
// contents give the page each module really starts on, every module starts
// on a right-hand page, page numbers are drawn on every page but the cover
// and the blanks, a link into another module leads to its page, and the tags
// of the pieces are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { demoManual, load, writeProject } from './fixture.js';
import { readPages, type PageText } from './pdf-read.js';

const LONG = (n: number): string => `\n## Más {#mas}\n\n${Array.from({ length: n }, (_, i) => `Párrafo ${i + 1}. Las promotoras acompañan a las familias migrantes y comparten información clara sobre la salud.`).join('\n\n')}\n`;

/** The page number the contents give each line holding `title`. */
function contentsNumber(contents: PageText, title: string): number {
  const line = contents.items.find((it) => it.str.includes(title));
  expect(line, `no contents line for ${title}`).toBeDefined();
  const numbers = contents.items.filter((it) => Math.abs(it.y - line!.y) < 1 && /^\d+$/.test(it.str.trim()));
  return Number(numbers.at(-1)?.str);
}

describe('an edition set in pieces', () => {
  let root: string;
  let result: BuildResult;
  let pages: PageText[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    // Module 1 runs over several pages; module 2 links into module 3.
    const files = demoManual('demo', 3, { extra: { 1: { es: LONG(40) }, 2: { es: '\nVea el [módulo 3](../03-tema-3/es.md#objectives).\n' } } });
    root = writeProject(files);
    result = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single', sourceDateEpoch: '1700000000' });
    bytes = new Uint8Array(readFileSync(join(root, 'out', 'demo', 'demo.es.pdf')));
    pages = await readPages(bytes);
  }, 120_000);

  it('is set module by module', () => {
    expect(result.failures.map((f) => f.format())).toEqual([]);
    expect(result.stats.typeset).toEqual({ modules: 4, cached: 0, fronts: 1 });
  });

  it('lists in its contents the page each module starts on, always a right-hand page', () => {
    for (const n of [1, 2, 3]) {
      const title = `Módulo número ${n}: el estrés`;
      const start = contentsNumber(pages[1]!, title);
      expect(start % 2, `${title} starts on page ${start}`).toBe(1);
      expect(pages[start - 1]!.text).toContain(title);
      if (start > 3) expect(pages[start - 2]!.text).not.toContain(title);
    }
    const glossary = contentsNumber(pages[1]!, 'Glosario');
    expect(pages[glossary - 1]!.text).toContain('duelo migratorio');
  });

  it('numbers every page at its foot but the cover and the blank left-hand pages', () => {
    const foot = (p: PageText): string | undefined => p.items.find((it) => it.y < 72 && /^\d+$/.test(it.str.trim()))?.str;
    expect(foot(pages[0]!)).toBeUndefined();
    pages.forEach((p, i) => {
      if (i === 0) return;
      if (p.text.trim() === '') expect(i % 2, `blank page ${i + 1}`).toBe(1);
      else expect(foot(p), `page ${i + 1}`).toBe(String(i + 1));
    });
  });

  it('links into another module lead to its page, and keeps the tags', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const refs = doc.getPages().map((p) => p.ref.toString());
    const start3 = contentsNumber(pages[1]!, 'Módulo número 3: el estrés');
    const start2 = contentsNumber(pages[1]!, 'Módulo número 2: el estrés');
    const targets = doc.getPages().slice(start2 - 1, start3 - 1).flatMap((page) => {
      const annots = doc.context.lookupMaybe(page.node.get(PDFName.of('Annots')), PDFArray)?.asArray() ?? [];
      return annots.map((a) => {
        const dest = doc.context.lookup(doc.context.lookup(a, PDFDict).get(PDFName.of('Dest')));
        return dest instanceof PDFArray && dest.get(0) instanceof PDFRef ? refs.indexOf(dest.get(0).toString()) + 1 : undefined;
      });
    });
    expect(targets).toContain(start3);
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
  });
});
