// Reading built PDFs back: page text with positions (pdfjs), sizes, fonts,
// bookmarks (pdf-lib).
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readOutline, type OutlineEntry } from '../../src/assemble/outline.js';

export interface PageText {
  text: string;
  width: number;
  height: number;
  rotation: number;
  /** Text runs: baseline start, advance width and font size, in points. */
  items: { str: string; x: number; y: number; width: number; size: number }[];
}

/** Text of every page; items joined with spaces. */
export async function readPages(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const items = content.items
      .filter((it): it is typeof it & { str: string; transform: number[]; width: number } => 'str' in it)
      .map((it) => ({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, width: it.width, size: Math.hypot(it.transform[0] ?? 0, it.transform[1] ?? 0) }));
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pages.push({
      text: items.map((it) => it.str).join(' ').replace(/\s+/g, ' '),
      width: x1 - x0,
      height: y1 - y0,
      rotation: page.rotate,
      items,
    });
  }
  await pdf.destroy();
  return pages;
}

/** Names of fonts and whether each descriptor carries the font program. */
export async function fonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: { name: string; embedded: boolean }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const name = obj.get(PDFName.of('FontName'))?.toString() ?? '?';
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => obj.has(PDFName.of(k)));
    out.push({ name, embedded });
  }
  return out;
}

export async function outline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  return readOutline(await PDFDocument.load(bytes, { updateMetadata: false }));
}

export function flatTitles(entries: OutlineEntry[]): string[] {
  return entries.flatMap((e) => [e.title, ...flatTitles(e.children ?? [])]);
}

export async function info(bytes: Uint8Array): Promise<{ pages: number; title: string | undefined; lang: string | undefined; subject: string | undefined; author: string | undefined; created: Date | undefined }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = doc.catalog.get(PDFName.of('Lang'));
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    subject: doc.getSubject(),
    author: doc.getAuthor(),
    lang: lang ? (lang as { decodeText?: () => string }).decodeText?.() ?? lang.toString() : undefined,
    created: doc.getCreationDate(),
  };
}

/** Text runs of every page with the name of the font each is drawn in (`ABCDEF+NotoSans-Regular`). */
export async function textRunFonts(bytes: Uint8Array): Promise<{ page: number; str: string; font: string; size: number }[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  const runs: { page: number; str: string; font: string; size: number }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    // Loads the page's fonts into commonObjs, where their names are.
    await page.getOperatorList();
    const content = await page.getTextContent();
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const font = page.commonObjs.get(it.fontName) as { name?: string } | undefined;
      runs.push({ page: i, str: it.str, font: font?.name ?? it.fontName, size: Math.hypot(it.transform[0] ?? 0, it.transform[1] ?? 0) });
    }
  }
  await pdf.destroy();
  return runs;
}
