// One pdf-lib context that several PDFs are read into, each numbered after
// the last, so that their pages can be added to one document without copying
// a single object (the join of an edition's pieces, join-pieces.ts). Objects
// are read raw (raw-object.ts) and parsed only when looked up, so the tags,
// fonts and other objects nobody edits are written out as they were read.
import { PDFCatalog, PDFContext, PDFDocument, PDFObjectParser, PDFPageTree, PDFRef, type PDFObject } from 'pdf-lib';
import { RawObject } from './raw-object.js';

/** PDFContext's own lookup of one reference, which returns what is stored. */
const plainLookup = PDFContext.prototype.lookup as (this: PDFContext, ref: PDFRef) => PDFObject | undefined;

/** PDFDocument's constructor, private in pdf-lib's types: a document over a context that already holds it. */
const DocumentOver = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;

/** The object `ref` names as it is stored: a raw object stays raw (for walks that must not parse everything, prune.ts). */
export function peekObject(ctx: PDFContext, ref: PDFRef): PDFObject | undefined {
  return plainLookup.call(ctx, ref);
}

/** A context whose raw objects are parsed the first time they are looked up, by anyone (pdf-lib's own dictionaries included). */
export function lazyContext(): PDFContext {
  const ctx = PDFContext.create();
  const parse = (ref: unknown): void => {
    if (!(ref instanceof PDFRef)) return;
    const found = peekObject(ctx, ref);
    if (found instanceof RawObject) ctx.assign(ref, PDFObjectParser.forBytes(found.bytes, ctx).parseObject());
  };
  for (const name of ['lookup', 'lookupMaybe'] as const) {
    const plain = (PDFContext.prototype[name] as (...args: unknown[]) => unknown).bind(ctx);
    Object.defineProperty(ctx, name, {
      value: (...args: unknown[]): unknown => {
        parse(args[0]);
        return plain(...args);
      },
    });
  }
  return ctx;
}

/** An empty document over a lazy context, as PDFDocument.create makes one (no metadata of its own). */
export function createLazyDocument(): PDFDocument {
  const ctx = lazyContext();
  const pages = ctx.register(PDFPageTree.withContext(ctx));
  ctx.trailerInfo.Root = ctx.register(PDFCatalog.withContextAndPages(ctx, pages));
  return new DocumentOver(ctx, false, false);
}

/** A view of one PDF read into `out`'s context: its own catalog and pages, objects shared with `out`. */
export function documentIn(out: PDFDocument, catalog: PDFRef): PDFDocument {
  const ctx = out.context;
  const own = ctx.trailerInfo.Root;
  ctx.trailerInfo.Root = catalog;
  try {
    return new DocumentOver(ctx, true, false);
  } finally {
    ctx.trailerInfo.Root = own;
  }
}
