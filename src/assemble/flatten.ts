// Transparency on a page, found and (for images) removed. Typst writes a
// soft mask (/SMask) for every PNG with an alpha channel, such as a partner's
// logo on the cover; a print shop's older RIP may print such an image with a
// box or hairlines around it. An 8-bit image with an 8-bit mask is blended
// onto white here, which is what it looks like on the white cover, and its
// mask dropped. What cannot be read (a JPEG with a mask, an ExtGState with a
// constant alpha) is reported, never guessed at.
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

/** Flattens every image with a soft mask on `page` (forms included) that it can read. */
export function flattenPageTransparency(doc: PDFDocument, page: PDFPage): void {
  for (const { ref, stream } of images(doc, page.node.Resources())) {
    const flat = flattened(doc, stream);
    if (flat) doc.context.assign(ref, flat);
  }
}

/** What is still transparent on `page`: one description each (empty when nothing is). */
export function pageTransparency(doc: PDFDocument, page: PDFPage): string[] {
  const out: string[] = [];
  const seen = new Set<PDFDict>();
  const visit = (resources: PDFDict | undefined): void => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const states = dictOf(doc, resources.get(PDFName.of('ExtGState')));
    for (const [name, value] of states?.entries() ?? []) {
      const gs = dictOf(doc, value);
      if (!gs) continue;
      for (const key of ['ca', 'CA']) {
        const alpha = doc.context.lookupMaybe(gs.get(PDFName.of(key)), PDFNumber)?.asNumber();
        if (alpha !== undefined && alpha < 1) out.push(`graphics state ${name.toString()} has /${key} ${alpha}`);
      }
      const mask = gs.get(PDFName.of('SMask'));
      if (mask && mask !== PDFName.of('None')) out.push(`graphics state ${name.toString()} has a soft mask`);
    }
    const xobjects = dictOf(doc, resources.get(PDFName.of('XObject')));
    for (const [name, value] of xobjects?.entries() ?? []) {
      const stream = value instanceof PDFRef ? doc.context.lookup(value) : value;
      if (!(stream instanceof PDFRawStream)) continue;
      const subtype = stream.dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image') && stream.dict.has(PDFName.of('SMask'))) out.push(`image ${name.toString()} has a soft mask`);
      if (subtype === PDFName.of('Form')) visit(dictOf(doc, stream.dict.get(PDFName.of('Resources'))));
    }
  };
  visit(page.node.Resources());
  return out;
}

function* images(doc: PDFDocument, resources: PDFDict | undefined, seen = new Set<PDFDict>()): Generator<{ ref: PDFRef; stream: PDFRawStream }> {
  if (!resources || seen.has(resources)) return;
  seen.add(resources);
  const xobjects = dictOf(doc, resources.get(PDFName.of('XObject')));
  for (const value of xobjects?.values() ?? []) {
    if (!(value instanceof PDFRef)) continue;
    const stream = doc.context.lookup(value);
    if (!(stream instanceof PDFRawStream)) continue;
    const subtype = stream.dict.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Image') && stream.dict.has(PDFName.of('SMask'))) yield { ref: value, stream };
    if (subtype === PDFName.of('Form')) yield* images(doc, dictOf(doc, stream.dict.get(PDFName.of('Resources'))), seen);
  }
}

/** The image blended onto white, without its mask; undefined when either cannot be read. */
function flattened(doc: PDFDocument, image: PDFRawStream): PDFRawStream | undefined {
  const mask = rawStream(doc, image.dict.get(PDFName.of('SMask')));
  const channels = components(doc, image.dict.get(PDFName.of('ColorSpace')));
  if (!mask || channels === undefined || !plain8Bit(doc, image) || !plain8Bit(doc, mask) || mask.dict.has(PDFName.of('Matte'))) return undefined;
  const width = num(doc, image.dict.get(PDFName.of('Width')));
  const height = num(doc, image.dict.get(PDFName.of('Height')));
  if (width !== num(doc, mask.dict.get(PDFName.of('Width'))) || height !== num(doc, mask.dict.get(PDFName.of('Height')))) return undefined;
  let pixels: Uint8Array;
  let alpha: Uint8Array;
  try {
    pixels = decodePDFRawStream(image).decode();
    alpha = decodePDFRawStream(mask).decode();
  } catch {
    return undefined;
  }
  const count = width * height;
  if (pixels.length < count * channels || alpha.length < count) return undefined;
  const out = new Uint8Array(count * channels);
  for (let p = 0; p < count; p++) {
    const a = alpha[p]!;
    for (let c = 0; c < channels; c++) out[p * channels + c] = Math.round((pixels[p * channels + c]! * a + 255 * (255 - a)) / 255);
  }
  const stream = doc.context.flateStream(out, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8 });
  stream.dict.set(PDFName.of('ColorSpace'), image.dict.get(PDFName.of('ColorSpace'))!);
  const interpolate = image.dict.get(PDFName.of('Interpolate'));
  if (interpolate) stream.dict.set(PDFName.of('Interpolate'), interpolate);
  return stream;
}

/** 8 bits a component, no /Decode but the identity ([0 1 …]), no predictor: bytes as they are once inflated. */
function plain8Bit(doc: PDFDocument, stream: PDFRawStream): boolean {
  const filter = doc.context.lookup(stream.dict.get(PDFName.of('Filter')));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  return (
    num(doc, stream.dict.get(PDFName.of('BitsPerComponent'))) === 8 &&
    identityDecode(doc, stream.dict.get(PDFName.of('Decode'))) &&
    !stream.dict.has(PDFName.of('DecodeParms')) &&
    filters.every((f) => f === PDFName.of('FlateDecode'))
  );
}

function identityDecode(doc: PDFDocument, value: unknown): boolean {
  if (value === undefined) return true;
  const v = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (!(v instanceof PDFArray)) return false;
  return v.asArray().every((n, i) => num(doc, n) === i % 2);
}

/** Components of a DeviceGray, DeviceRGB or ICCBased colour space; undefined for any other. */
function components(doc: PDFDocument, space: unknown): number | undefined {
  const value = space instanceof PDFRef ? doc.context.lookup(space) : space;
  if (value === PDFName.of('DeviceGray')) return 1;
  if (value === PDFName.of('DeviceRGB')) return 3;
  if (value instanceof PDFArray && value.get(0) === PDFName.of('ICCBased')) {
    const profile = rawStream(doc, value.get(1));
    const n = profile ? num(doc, profile.dict.get(PDFName.of('N'))) : 0;
    return n === 1 || n === 3 ? n : undefined;
  }
  return undefined;
}

function rawStream(doc: PDFDocument, value: unknown): PDFRawStream | undefined {
  const v = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return v instanceof PDFRawStream ? v : undefined;
}

function dictOf(doc: PDFDocument, value: unknown): PDFDict | undefined {
  const v = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return v instanceof PDFDict ? v : undefined;
}

function num(doc: PDFDocument, value: unknown): number {
  const v = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return v instanceof PDFNumber ? v.asNumber() : Number.NaN;
}
