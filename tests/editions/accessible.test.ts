// Tagged PDFs: language on every span, alt text on images, and --pdf-standard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { UsageError } from '../../src/errors.js';
import { demoManual, load, writeProject } from './fixture.js';

async function structure(path: string): Promise<{ tagged: boolean; docLang: string; langs: Set<string>; alts: string[] }> {
  const doc = await PDFDocument.load(readFileSync(path));
  const cat = doc.catalog;
  const langs = new Set<string>();
  const alts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const lang = obj.get(PDFName.of('Lang'));
    if (lang && obj !== cat) langs.add(String(lang));
    const alt = obj.get(PDFName.of('Alt'));
    if (alt) alts.push(String(alt));
  }
  return { tagged: Boolean(cat.get(PDFName.of('StructTreeRoot'))), docLang: String(cat.get(PDFName.of('Lang'))), langs, alts };
}

describe('accessible PDFs', () => {
  it('the parallel edition is tagged, with English spans marked en and images with alt text', async () => {
    const root = writeProject(demoManual('demo', 1));
    const out = join(root, 'out');
    const r = await buildManuals(load(root), { out, langs: ['es', 'en'] });
    expect(r.failures).toEqual([]);
    const s = await structure(join(out, 'demo/demo.es-en.pdf'));
    expect(s.tagged).toBe(true);
    expect(s.docLang).toBe('(es)');
    expect(s.langs.has('(en)')).toBe(true);
    expect(s.alts.some((a) => a.includes('Una persona camina con una mochila'))).toBe(true);
    expect(s.alts.some((a) => a.includes('A person walks with a backpack'))).toBe(true);
  }, 60_000);

  it('--pdf-standard ua-1 and a-2b build a correct manual', async () => {
    const root = writeProject(demoManual('demo', 1));
    for (const pdfStandard of ['ua-1', 'a-2b'] as const) {
      const r = await buildManuals(load(root), { out: join(root, `out-${pdfStandard}`), langs: ['es'], layout: 'single', pdfStandard });
      expect(r.failures).toEqual([]);
      expect(r.outputs).toHaveLength(1);
    }
  }, 60_000);

  it('--pdf-standard ua-1 fails clearly on an image without alt text, and writes nothing', async () => {
    const root = writeProject(demoManual('demo', 1, { extra: { 1: { es: '\n![](img/picture.svg)\n' } } }));
    const out = join(root, 'out');
    const r = await buildManuals(load(root), { out, langs: ['es'], layout: 'single', pdfStandard: 'ua-1' });
    expect(r.outputs).toEqual([]);
    expect(r.failures.length).toBeGreaterThan(0);
    expect(r.failures.map((f) => f.format()).join('\n')).toMatch(/ua-1|alt/i);
  }, 60_000);

  it('refuses an unknown standard', async () => {
    const root = writeProject(demoManual('demo', 1));
    await expect(buildManuals(load(root), { out: join(root, 'out'), pdfStandard: 'x-9' as 'ua-1' })).rejects.toThrow(UsageError);
  });
});
