// Objects of every kind pdf-lib writes, with strings and names full of what
// the raw scanner must step over (parentheses, backslashes, text reading
// `1 0 R`, `#` escapes), read raw into a joined document, saved and read
// back: each must come out with the same value and its references leading
// to the same objects.
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/bench/prng.js';
import { createLazyDocument } from '../../src/assemble/lazy-context.js';
import { dropUnreachableObjects } from '../../src/assemble/prune.js';
import { readInto } from '../../src/assemble/read-into.js';

const Items = PDFName.of('Items');
const TRICKY = ['(', ')', '\\', '1 0 R', ' R ', '%', '<<', '>>', '[', ']', '/', 'endobj', 'stream', 'ñ', '\n', '7 0 R)'];

/** A random direct value: numbers, strings, names, arrays, dictionaries, references to `refs`. */
function value(rand: () => number, ctx: PDFDocument['context'], refs: PDFRef[], depth: number): PDFObject {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const text = (): string => Array.from({ length: 1 + Math.floor(rand() * 5) }, () => (rand() < 0.5 ? pick(TRICKY) : String.fromCharCode(32 + Math.floor(rand() * 90)))).join('');
  const kind = Math.floor(rand() * (depth > 2 ? 7 : 9));
  switch (kind) {
    case 0:
      return PDFNumber.of(Math.floor(rand() * 2000) - 1000);
    case 1:
      return PDFNumber.of(Math.round(rand() * 10000) / 100);
    case 2:
      // pdf-lib writes a literal string as given: escaping is the caller's.
      return PDFString.of(text().replace(/[()\\]/g, (c) => `\\${c}`));
    case 3:
      return PDFHexString.fromText(text());
    case 4:
      return PDFName.of(text().replace(/\s/g, '_') || 'x');
    case 5:
      return refs.length ? pick(refs) : PDFNull;
    case 6:
      return rand() < 0.5 ? PDFBool.True : PDFNull;
    case 7:
      return ctx.obj(Array.from({ length: Math.floor(rand() * 5) }, () => value(rand, ctx, refs, depth + 1)));
    default: {
      const dict = ctx.obj({});
      for (let k = Math.floor(rand() * 5); k > 0; k--) dict.set(PDFName.of(`K${k}${pick(['', '#', '(', '1'])}`), value(rand, ctx, refs, depth + 1));
      return dict;
    }
  }
}

/** A source PDF (classic table) of `count` objects, each a random value, all listed in the catalog's /Items. */
async function source(seed: number, count: number): Promise<Uint8Array> {
  const rand = mulberry32(seed);
  const doc = await PDFDocument.create();
  doc.addPage([100, 100]);
  const refs: PDFRef[] = [];
  for (let i = 0; i < count; i++) refs.push(doc.context.nextRef());
  for (const ref of refs) doc.context.assign(ref, value(rand, doc.context, refs, 0));
  doc.catalog.set(Items, doc.context.obj(refs));
  return doc.save({ useObjectStreams: false });
}

/** A value with its references followed (each object once: cycles end in `@n`, n its place in /Items). */
function dump(ctx: PDFDocument['context'], obj: PDFObject | undefined, order: Map<string, number>, seen = new Set<string>()): unknown {
  if (obj instanceof PDFRef) {
    const at = order.get(obj.toString());
    if (seen.has(obj.toString())) return `@${at}`;
    seen.add(obj.toString());
    return { ref: at, value: dump(ctx, ctx.lookup(obj), order, seen) };
  }
  if (obj instanceof PDFArray) return obj.asArray().map((v) => dump(ctx, v, order, seen));
  if (obj instanceof PDFDict) return Object.fromEntries([...obj.entries()].map(([k, v]) => [k.decodeText(), dump(ctx, v, order, seen)]));
  if (obj instanceof PDFString || obj instanceof PDFHexString) return { text: obj.decodeText() };
  return obj?.toString();
}

function dumpItems(doc: PDFDocument, items: PDFArray): unknown[] {
  const refs = items.asArray() as PDFRef[];
  const order = new Map(refs.map((r, i) => [r.toString(), i]));
  return refs.map((r) => dump(doc.context, r, order));
}

describe('readInto on random objects', () => {
  it.each([1, 2, 3, 4, 5])('keeps every value and reference (seed %i)', async (seed) => {
    const bytes = await source(seed, 60);
    const original = await PDFDocument.load(bytes);
    const expected = dumpItems(original, original.catalog.lookup(Items, PDFArray));

    // Read twice into one document: the second copy is numbered after the first.
    const out = createLazyDocument();
    const first = await readInto(out, bytes, 'a.pdf');
    const second = await readInto(out, bytes, 'b.pdf');
    const keep = out.context.obj([first.catalog.get(Items)!, second.catalog.get(Items)!]);
    out.catalog.set(Items, keep);
    dropUnreachableObjects(out);
    const saved = await PDFDocument.load(await out.save({ useObjectStreams: true }));
    const both = saved.catalog.lookup(Items, PDFArray);
    for (const i of [0, 1]) expect(dumpItems(saved, saved.context.lookup(both.get(i), PDFArray))).toEqual(expected);
  });
});
