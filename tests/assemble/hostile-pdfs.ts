// Hostile and broken PDFs, made by hand in each test: a page tree that loops,
// cross-reference and object streams that lie about their size, streams that
// decompress to far more than they hold, objects nested past any real file.
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

type Body = string | Buffer;

/** A PDF of numbered objects (1 0 obj …) with a correct classic xref table and 1 0 R as /Root. */
export function handMadePdf(objects: readonly Body[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** `<< dict /Length n >> stream … endstream`. */
export function stream(dict: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const ONE_PAGE_TREE = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /MediaBox [0 0 200 100] /Parent 2 0 R /Contents 4 0 R >>';
const CONTENT = stream('', Buffer.from('0 0 m 100 50 l S', 'latin1'));

/** A correct one-page PDF made the same way, to show the hand-made ones fail for their one fault. */
export function goodHandMadePdf(): Buffer {
  return handMadePdf([CATALOG, ONE_PAGE_TREE, PAGE, CONTENT]);
}

/** The /Pages node lists itself among its /Kids. */
export function loopingPageTree(): Buffer {
  return handMadePdf([CATALOG, '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

/** A loop two levels down: 2 → 3 → 2, with a real page beside it. */
export function loopingPageTreeDeep(): Buffer {
  return handMadePdf([
    CATALOG,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 1 /Parent 2 0 R >>',
    '<< /Type /Page /MediaBox [0 0 10 10] /Parent 3 0 R >>',
  ]);
}

/** 40 levels, each listing the next twice: 2^40 pages if walked naively. */
export function sharedBranchPageTree(): Buffer {
  const objects: string[] = [CATALOG];
  for (let i = 0; i < 40; i++) objects.push(`<< /Type /Pages /Kids [${i + 3} 0 R ${i + 3} 0 R] /Count 1 >>`);
  objects.push('<< /Type /Page /MediaBox [0 0 10 10] >>');
  return handMadePdf(objects);
}

/**
 * A PDF whose only cross-reference section is a stream of garbage that claims
 * `size` entries (pdf-lib looped over every one of them).
 */
export function garbageXrefStream(size = 2_000_000_000, filter = ''): Buffer {
  const head = `%PDF-1.7\n1 0 obj\n${CATALOG}\nendobj\n2 0 obj\n${ONE_PAGE_TREE}\nendobj\n3 0 obj\n${PAGE.replace(' /Contents 4 0 R', '')}\nendobj\n`;
  const garbage = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 255));
  const xref = Buffer.from(head, 'latin1').length;
  return Buffer.concat([
    Buffer.from(`${head}4 0 obj\n`, 'latin1'),
    stream(`/Type /XRef /Root 1 0 R /Size ${size} /W [1 2 1] ${filter}`, garbage),
    Buffer.from(`\nendobj\nstartxref\n${xref}\n%%EOF\n`, 'latin1'),
  ]);
}

/** An object stream that claims `n` objects in a few bytes. */
export function lyingObjectStream(n = 900_000_000): Buffer {
  return handMadePdf([CATALOG, ONE_PAGE_TREE, PAGE, CONTENT, stream(`/Type /ObjStm /N ${n} /First 4`, Buffer.from('6 0 null', 'latin1'))]);
}

/** A page whose content stream is ~100 KB of Flate that expands to `mb` MB of spaces. */
export function contentBomb(mb = 65): Buffer {
  return handMadePdf([CATALOG, ONE_PAGE_TREE, PAGE, stream('/Filter /FlateDecode', deflateSync(Buffer.alloc(mb * 1024 * 1024, 32)))]);
}

/** An array nested `depth` levels deep (pdf-lib's parser recurses once per level). */
export function deeplyNested(depth = 100_000): Buffer {
  return handMadePdf([CATALOG, ONE_PAGE_TREE, PAGE, CONTENT, `${'['.repeat(depth)}${']'.repeat(depth)}`]);
}

/** A valid PDF of `pages` small blank pages. */
export async function manyPages(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([100, 100]);
  return doc.save();
}

/** A valid PDF cut to `fraction` of its length (no %%EOF). */
export async function truncated(fraction = 0.5): Promise<Uint8Array> {
  const bytes = await manyPages(3);
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** A valid PDF at `path`, extended with zeros (a sparse file: no disk used) to `bytes` bytes. */
export async function writeOversized(path: string, bytes: number): Promise<void> {
  writeFileSync(path, await manyPages(1));
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** A page tree `levels` levels deep, one branch each, one page at the bottom. */
export function deepPageTree(levels: number): Buffer {
  const objects: string[] = [CATALOG];
  for (let i = 0; i < levels; i++) objects.push(`<< /Type /Pages /Kids [${i + 3} 0 R] /Count 1 >>`);
  objects.push('<< /Type /Page /MediaBox [0 0 10 10] >>');
  return handMadePdf(objects);
}

/**
 * What a password-protected export looks like to pdf-lib: an /Encrypt entry in
 * the cross-reference stream, and object streams whose (encrypted) data does
 * not decode.
 */
export async function encryptedWithObjectStreams(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([720, 405]);
  doc.setTitle('Secret');
  const text = Buffer.from(await doc.save({ useObjectStreams: true })).toString('latin1');
  const objStm = text.indexOf('/Type /ObjStm');
  const data = text.indexOf('stream\n', objStm) + 'stream\n'.length;
  const end = text.indexOf('\nendstream', data);
  const scrambled = Array.from({ length: end - data }, (_, i) => String.fromCharCode((i * 151 + 7) & 255)).join('');
  const withData = text.slice(0, data) + scrambled + text.slice(end);
  return Buffer.from(withData.replace('/Type /XRef', '/Type /XRef /Encrypt << /Filter /Standard /V 4 >>'), 'latin1');
}
