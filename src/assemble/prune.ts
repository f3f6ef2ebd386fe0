// Dropping objects nothing refers to. Embedding a page copies the page object
// and its content streams into the target, then writes the content again as a
// Form XObject: the copies are left behind, unreferenced, and would roughly
// double the file. Merging can leave orphans too.
import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { peekObject } from './lazy-context.js';
import { RawObject, refOf } from './raw-object.js';

/** Deletes every indirect object not reachable from the trailer. Call after flush(), right before saving. */
export function dropUnreachableObjects(doc: PDFDocument): number {
  const ctx = doc.context;
  // PDFRef.of hands out one object per number: refs compare by identity, no key strings to build.
  const reachable = new Set<PDFRef>();
  const stack: PDFObject[] = [];
  const { Root, Info, Encrypt, ID } = ctx.trailerInfo;
  for (const root of [Root, Info, Encrypt, ID]) if (root) stack.push(root);
  while (stack.length > 0) {
    const obj = stack.pop();
    if (obj instanceof PDFRef) {
      if (reachable.has(obj)) continue;
      reachable.add(obj);
      // As stored: a raw object (read-into.ts) is walked by its references, not parsed.
      const target = peekObject(ctx, obj);
      if (target) stack.push(target);
    } else if (obj instanceof PDFDict) {
      for (const value of obj.values()) stack.push(value);
    } else if (obj instanceof PDFArray) {
      for (const value of obj.asArray()) stack.push(value);
    } else if (obj instanceof PDFStream) {
      stack.push(obj.dict);
    } else if (obj instanceof RawObject) {
      for (const n of obj.refs) stack.push(refOf(n));
    }
  }
  let dropped = 0;
  for (const [ref] of ctx.enumerateIndirectObjects()) {
    if (!reachable.has(ref)) {
      ctx.delete(ref);
      dropped++;
    }
  }
  return dropped;
}
